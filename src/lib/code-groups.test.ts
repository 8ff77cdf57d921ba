import { describe, expect, it } from 'vitest'
import type { Release, Slug } from '@/api/releases'
import { codeOf, describeStage, groupByCode, groupLabel } from './code-groups'
import { planDrift, type AppCode } from './drift'

const ready = (commit: string, repo = 'acme/platform'): AppCode => ({
  status: 'ready',
  commit,
  repo,
})

describe('groupByCode', () => {
  const apps = [
    { name: 'c1', code: ready('aaaaaaa1') },
    { name: 'c2', code: ready('bbbbbbb2') },
    { name: 'c3', code: ready('aaaaaaa1') },
    { name: 'c4', code: { status: 'no-release' } as const },
    { name: 'c5', code: ready('aaaaaaa1') },
    { name: 'c6', code: ready('aaaaaaa1', 'acme/fork') },
  ]

  it('puts apps on one commit of one repository together, largest group first', () => {
    const groups = groupByCode(apps, (app) => app.code)
    expect(groups.map((g) => g.apps.map((a) => a.name))).toEqual([
      ['c1', 'c3', 'c5'],
      ['c2'],
      ['c4'],
      ['c6'],
    ])
    expect(groups[0]?.code).toEqual(ready('aaaaaaa1'))
  })
})

describe('groupLabel', () => {
  it('names one or two apps, and counts more', () => {
    expect(groupLabel(['billing-api'], 'production')).toBe('billing-api')
    expect(groupLabel(['billing-api', 'billing-api-eu'], 'production')).toBe(
      'billing-api and billing-api-eu',
    )
    expect(
      groupLabel(
        Array.from({ length: 1240 }, (_, i) => `c${i}`),
        'production',
      ),
    ).toBe('1,240 production apps')
  })
})

describe('describeStage', () => {
  const group = (count: number, code: AppCode) => ({
    key: JSON.stringify(code),
    code,
    apps: Array.from({ length: count }, (_, i) => i),
  })

  it('sums a stage up: how many apps, how many versions, the largest first', () => {
    expect(
      describeStage([
        group(790, ready('84fd456aaa')),
        group(8, ready('0a1b2c3ddd')),
        group(1, ready('9d8e7f6eee')),
        group(1, { status: 'no-release' }),
      ]),
    ).toBe('800 apps · 4 versions: 790 on 84fd456, 8 on 0a1b2c3, 1 on 9d8e7f6, …')
    expect(describeStage([group(2, ready('84fd456aaa')), group(1, { status: 'no-release' })])).toBe(
      '3 apps · 2 versions: 2 on 84fd456, 1 with no release',
    )
  })

  it('says "all on" one commit, counts only while anything loads, and names one app not at all', () => {
    expect(describeStage([group(12, ready('84fd456aaa'))])).toBe('12 apps · all on 84fd456')
    expect(describeStage([group(11, ready('84fd456aaa')), group(1, { status: 'loading' })])).toBe(
      '12 apps',
    )
    expect(describeStage([group(1, ready('84fd456aaa'))])).toBe('1 app')
    expect(describeStage([])).toBe('0 apps')
  })
})

describe('codeOf', () => {
  const release = (slug: boolean) => ({ slug: slug ? { id: 's1' } : null }) as Release
  const slug = (commit: string | null) => ({ id: 's1', commit, commit_description: null }) as Slug

  it('reads the code from the running release, its slug and its repository', () => {
    const known = {
      running: release(true),
      slug: slug('abc'),
      repo: 'acme/platform',
      failure: null,
    }
    expect(codeOf(known)).toEqual(ready('abc'))
    expect(codeOf({ ...known, repo: null })).toEqual({ status: 'no-repo', commit: 'abc' })
    expect(codeOf({ ...known, slug: slug(null) })).toEqual({ status: 'no-commit' })
    expect(codeOf({ ...known, running: null })).toEqual({ status: 'no-release' })
    expect(codeOf({ ...known, running: release(false) })).toEqual({ status: 'no-release' })
    expect(codeOf({ ...known, repo: undefined })).toEqual({ status: 'loading' })
    expect(codeOf({ ...known, failure: new Error('Not found.') })).toEqual({
      status: 'error',
      message: 'Not found.',
    })
  })
})

it('speaks of a group in the plural when it cannot be compared', () => {
  const subject = { appId: 's', name: 'shop-staging', stage: 'staging' as const, code: ready('a') }
  const group = {
    appId: 'g',
    name: '3 production apps',
    stage: 'production' as const,
    code: { status: 'no-release' } as const,
    many: true,
  }
  expect(planDrift(subject, group)).toEqual({
    kind: 'settled',
    drift: {
      kind: 'not-compared',
      reason: '3 production apps have no succeeded release',
    },
  })
})
