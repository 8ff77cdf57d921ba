import { describe, expect, it } from 'vitest'
import { listPipelines } from './pipeline-list'

const item = (name: string, created_at: string, ownerLabel: string | null, apps?: number) => ({
  pipeline: { name, created_at },
  ownerLabel,
  apps,
})
const pipelines = [
  item('storefront', '2026-05-01T00:00:00Z', 'northwind (team)', 3),
  item('billing-api', '2026-02-01T00:00:00Z', 'northwind (team)', 5),
  item('marketing-site', '2026-09-01T00:00:00Z', 'ada@northwind.dev', 2),
  item('legacy-reports', '2024-12-01T00:00:00Z', null),
]
const names = (list: { pipeline: { name: string } }[]) => list.map((item) => item.pipeline.name)

describe('the pipelines list', () => {
  it('is by name, by most apps (uncounted last) or newest first', () => {
    expect(names(listPipelines(pipelines, '', 'name'))).toEqual([
      'billing-api',
      'legacy-reports',
      'marketing-site',
      'storefront',
    ])
    expect(names(listPipelines(pipelines, '', 'apps'))).toEqual([
      'billing-api',
      'storefront',
      'marketing-site',
      'legacy-reports',
    ])
    expect(names(listPipelines(pipelines, '', 'newest'))).toEqual([
      'marketing-site',
      'storefront',
      'billing-api',
      'legacy-reports',
    ])
  })

  it('narrows to the names or owners holding every word typed, in any case', () => {
    expect(names(listPipelines(pipelines, 'ADA', 'name'))).toEqual(['marketing-site'])
    expect(names(listPipelines(pipelines, 'team  api', 'name'))).toEqual(['billing-api'])
    expect(names(listPipelines(pipelines, 'nothing-like-it', 'name'))).toEqual([])
  })
})
