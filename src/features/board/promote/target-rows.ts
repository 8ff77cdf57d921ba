import type { PipelineApp } from '@/lib/board'
import { matchesFilter } from '@/lib/board-filter'
import { filterTerms } from '@/lib/format'
import type { CodeGroup } from '@/lib/code-groups'
import type { AppCode } from '@/lib/drift'
import type { BoardStage } from '@/lib/stages'

/** The targets of one stage, grouped by the code they run (what they will receive depends on it). */
export interface TargetSection {
  stage: BoardStage
  groups: CodeGroup<PipelineApp>[]
}

/**
 * One row of the promote dialog's target list, which is flat so it can be virtualized:
 * a stage's heading, a group of apps that run the same code (with what they will receive and a
 * checkbox for all of them), and the group's apps when it is open.
 */
export type TargetRow =
  | { kind: 'stage'; key: string; stage: BoardStage; count: number }
  | {
      kind: 'group'
      key: string
      /** an element id for the group's checkbox (a group's key may hold any text) */
      id: string
      stage: BoardStage
      group: CodeGroup<PipelineApp>
      /** the group's apps the filter lets through */
      shown: PipelineApp[]
      open: boolean
    }
  | { kind: 'app'; key: string; app: PipelineApp; groupId: string; code: AppCode }

/** Groups this small are open from the start: their apps are seen without a click. */
export const OPEN_GROUP_SIZE = 5

const commitOf = (group: CodeGroup<PipelineApp>) =>
  'commit' in group.code ? group.code.commit : undefined

/**
 * The rows to show: every section's groups, each with the apps the filter lets through. A group of
 * one app is its own row (its checkbox is the app's). A larger group lists its apps when it is
 * open: by the user's choice in `toggled`, otherwise when small or when a filter is typed.
 */
export function targetRows(
  sections: TargetSection[],
  filter: string,
  toggled: ReadonlyMap<string, boolean>,
  withStageHeadings: boolean,
): TargetRow[] {
  const terms = filterTerms(filter)
  const rows: TargetRow[] = []
  let groupCount = 0
  for (const { stage, groups } of sections) {
    const stageRows: TargetRow[] = []
    let count = 0
    for (const group of groups) {
      const commit = commitOf(group)
      const shown =
        terms.length === 0
          ? group.apps
          : group.apps.filter((app) => matchesFilter(terms, { name: app.name, commit, words: [] }))
      if (shown.length === 0) continue
      count += shown.length
      const key = `${stage}:${group.key}`
      const id = `target-group-${groupCount++}`
      const open =
        group.apps.length > 1 &&
        (toggled.get(key) ?? (terms.length > 0 || group.apps.length <= OPEN_GROUP_SIZE))
      stageRows.push({ kind: 'group', key, id, stage, group, shown, open })
      if (open) {
        for (const app of shown) {
          stageRows.push({ kind: 'app', key: app.appId, app, groupId: id, code: group.code })
        }
      }
    }
    if (stageRows.length === 0) continue
    if (withStageHeadings) rows.push({ kind: 'stage', key: `stage:${stage}`, stage, count })
    rows.push(...stageRows)
  }
  return rows
}

/** How a group's checkbox stands: every shown app chosen, some, or none. */
export function groupChoice(
  shown: PipelineApp[],
  chosen: ReadonlySet<string>,
): 'all' | 'some' | 'none' {
  const picked = shown.filter((app) => chosen.has(app.appId)).length
  if (picked === 0) return 'none'
  return picked === shown.length ? 'all' : 'some'
}

/** A click on a group's checkbox: all its shown apps chosen, unless they all were already. */
export function toggleGroup(shown: PipelineApp[], chosen: ReadonlySet<string>): Set<string> {
  const next = new Set(chosen)
  const all = groupChoice(shown, chosen) === 'all'
  for (const app of shown) {
    if (all) next.delete(app.appId)
    else next.add(app.appId)
  }
  return next
}
