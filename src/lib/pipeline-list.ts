/** The pipelines page's list: narrowed by a query on name or owner, and sorted. */

import { filterTerms } from './format'

export const PIPELINE_SORTS = { name: 'Name', apps: 'Most apps', newest: 'Newest' } as const
export type PipelineSort = keyof typeof PIPELINE_SORTS

export const isPipelineSort = (value: string): value is PipelineSort =>
  Object.hasOwn(PIPELINE_SORTS, value)

interface Listed {
  pipeline: { name: string; created_at: string }
  /** how its owner is shown ("northwind (team)", an email), when known */
  ownerLabel: string | null
  /** its apps, when counted */
  apps: number | undefined
}

/**
 * The pipelines whose name or owner holds every word of `query` (any case), in `sort`'s order;
 * ties by name. Sorting by apps puts the uncounted last.
 */
export function listPipelines<T extends Listed>(
  pipelines: readonly T[],
  query: string,
  sort: PipelineSort,
) {
  const words = filterTerms(query)
  const matches = (pipeline: T) => {
    const text = `${pipeline.pipeline.name} ${pipeline.ownerLabel ?? ''}`.toLowerCase()
    return words.every((word) => text.includes(word))
  }
  const byName = (a: T, b: T) => a.pipeline.name.localeCompare(b.pipeline.name)
  const order: Record<PipelineSort, (a: T, b: T) => number> = {
    name: byName,
    apps: (a, b) => (b.apps ?? -1) - (a.apps ?? -1) || byName(a, b),
    newest: (a, b) =>
      Date.parse(b.pipeline.created_at) - Date.parse(a.pipeline.created_at) || byName(a, b),
  }
  return pipelines.filter(matches).sort(order[sort])
}
