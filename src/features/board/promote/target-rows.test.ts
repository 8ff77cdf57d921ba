import { describe, expect, it } from 'vitest'
import type { PipelineApp } from '@/lib/board'
import { groupByCode } from '@/lib/code-groups'
import type { AppCode } from '@/lib/drift'
import {
  groupChoice,
  OPEN_GROUP_SIZE,
  targetRows,
  toggleGroup,
  type TargetRow,
  type TargetSection,
} from './target-rows'

const ready = (commit: string): AppCode => ({ status: 'ready', commit, repo: 'acme/shop' })
const app = (name: string, stage: PipelineApp['stage'] = 'production'): PipelineApp => ({
  appId: `id-${name}`,
  name,
  stage,
  latest: undefined,
})

/** 12 production apps on one commit, 3 on another, one on a third. */
const customers = Array.from({ length: 12 }, (_, i) =>
  app(`shop-c${String(i + 1).padStart(2, '0')}`),
)
const canaries = ['shop-canary-1', 'shop-canary-2', 'shop-canary-3'].map((name) => app(name))
const legacy = app('shop-legacy')
const commitOf = new Map<string, AppCode>([
  ...customers.map((a) => [a.appId, ready('aaaaaaa1111')] as const),
  ...canaries.map((a) => [a.appId, ready('bbbbbbb2222')] as const),
  [legacy.appId, ready('ccccccc3333')],
])
const production: TargetSection = {
  stage: 'production',
  groups: groupByCode(
    [...customers, ...canaries, legacy],
    (a) => commitOf.get(a.appId) ?? ready(''),
  ),
}
const staging: TargetSection = {
  stage: 'staging',
  groups: groupByCode([app('shop-staging', 'staging')], () => ready('ddddddd4444')),
}

const shape = (rows: TargetRow[]) =>
  rows.map((row) =>
    row.kind === 'stage'
      ? `# ${row.stage} ${row.count}`
      : row.kind === 'group'
        ? `${row.open ? '-' : '+'} ${row.shown.length}/${row.group.apps.length}`
        : `  ${row.app.name}`,
  )

describe('targetRows', () => {
  it('lists groups largest first; small ones open, large ones closed, one app is its own row', () => {
    expect(OPEN_GROUP_SIZE).toBeLessThan(customers.length)
    expect(shape(targetRows([production], '', new Map(), false))).toEqual([
      '+ 12/12',
      '- 3/3',
      '  shop-canary-1',
      '  shop-canary-2',
      '  shop-canary-3',
      '+ 1/1',
    ])
  })

  it('opens or closes a group as the user chose, whatever its size', () => {
    const rows = targetRows([production], '', new Map(), false)
    const [large, small] = rows.filter((row) => row.kind === 'group')
    const toggled = new Map([
      [large?.key ?? '', true],
      [small?.key ?? '', false],
    ])
    const shown = shape(targetRows([production], '', toggled, false))
    expect(shown.slice(0, 3)).toEqual(['- 12/12', '  shop-c01', '  shop-c02'])
    expect(shown.slice(13)).toEqual(['+ 3/3', '+ 1/1'])
  })

  it('filters by name or by the start of the commit, opening the groups it finds apps in', () => {
    expect(shape(targetRows([production], 'c1', new Map(), false))).toEqual([
      '- 3/12',
      '  shop-c10',
      '  shop-c11',
      '  shop-c12',
    ])
    expect(shape(targetRows([production], 'bbbb', new Map(), false))).toEqual([
      '- 3/3',
      '  shop-canary-1',
      '  shop-canary-2',
      '  shop-canary-3',
    ])
    expect(targetRows([production], 'nothing-like-it', new Map(), false)).toEqual([])
  })

  it('heads each stage with what it shows when more than one stage is listed', () => {
    expect(shape(targetRows([staging, production], 'shop-', new Map(), true))).toEqual([
      '# staging 1',
      '+ 1/1',
      '# production 16',
      '- 12/12',
      ...customers.map((a) => `  ${a.name}`),
      '- 3/3',
      ...canaries.map((a) => `  ${a.name}`),
      '+ 1/1',
    ])
  })

  it('gives each group its own element id, which its apps point at for what they receive', () => {
    const rows = targetRows([staging, production], '', new Map(), false)
    const ids = rows.flatMap((row) => (row.kind === 'group' ? [row.id] : []))
    expect(new Set(ids).size).toBe(ids.length)
    const canary = rows.find((row) => row.kind === 'app' && row.app.name === 'shop-canary-1')
    const canaryGroup = rows.find(
      (row) => row.kind === 'group' && row.group.apps.includes(canaries[0] as PipelineApp),
    )
    expect(canary?.kind === 'app' && canary.groupId).toBe(
      canaryGroup?.kind === 'group' && canaryGroup.id,
    )
  })
})

describe('groupChoice and toggleGroup', () => {
  const ids = (apps: PipelineApp[]) => new Set(apps.map((a) => a.appId))

  it('says whether all, some or none of the shown apps are chosen', () => {
    expect(groupChoice(canaries, ids(canaries))).toBe('all')
    expect(groupChoice(canaries, ids(canaries.slice(1)))).toBe('some')
    expect(groupChoice(canaries, ids(customers))).toBe('none')
  })

  it('chooses all shown apps unless all were chosen, and leaves other choices alone', () => {
    const some = new Set([...ids(canaries.slice(1)), legacy.appId])
    const all = toggleGroup(canaries, some)
    expect(all).toEqual(new Set([...ids(canaries), legacy.appId]))
    expect(toggleGroup(canaries, all)).toEqual(new Set([legacy.appId]))
    expect(some.size).toBe(3)
  })
})
