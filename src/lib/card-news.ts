import type { Stage } from '@/api/couplings'
import { STAGE_LABELS } from './stages'

/** What a board shows of each app, as far as news goes: where it is, and its newest release. */
export interface BoardSnapshot {
  /** app id → its stage */
  stages: ReadonlyMap<string, Stage>
  /** app id → its newest release */
  releases: ReadonlyMap<string, { id: string; version: number }>
}

export const emptySnapshot = (): BoardSnapshot => ({ stages: new Map(), releases: new Map() })

/**
 * What changed on each card between two reads of a board, in words for the card: "Moved here
 * from Staging", "New release v25". Only apps on the board after are named; an app that left has
 * no card to say it. A snapshot with nothing in it (the board not read yet) makes no news.
 */
export function newsBetween(before: BoardSnapshot, after: BoardSnapshot): Map<string, string> {
  const news = new Map<string, string>()
  const add = (appId: string, words: string) => {
    const earlier = news.get(appId)
    news.set(appId, earlier ? `${earlier} · ${words}` : words)
  }
  if (before.stages.size > 0) {
    for (const [appId, stage] of after.stages) {
      const was = before.stages.get(appId)
      if (was === undefined) add(appId, 'Added to the pipeline')
      else if (was !== stage) add(appId, `Moved here from ${STAGE_LABELS[was]}`)
    }
  }
  if (before.releases.size > 0) {
    for (const [appId, release] of after.releases) {
      const was = before.releases.get(appId)
      // An app that just joined is news already; its release is not news besides.
      const joined = before.stages.size > 0 && !before.stages.has(appId)
      if (was?.id !== release.id && after.stages.has(appId) && !joined) {
        add(appId, `New release v${release.version}`)
      }
    }
  }
  return news
}
