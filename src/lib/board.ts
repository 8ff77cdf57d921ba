/**
 * The board's data, joined: one entry per card from the pipeline's couplings, its apps and their
 * newest releases, which arrive apart (and may be missing while they load or when they failed).
 */
import type { App } from '@/api/apps'
import type { Coupling } from '@/api/couplings'
import type { Release } from '@/api/releases'
import type { ReviewApp } from '@/api/review-apps'
import { isBoardStage, type BoardStage } from './stages'

/** An app of the pipeline as the board, drift and promotion know it. */
export interface PipelineApp {
  appId: string
  name: string
  stage: BoardStage
  /** its newest release (null: it has none; undefined: not known yet) */
  latest: Release | null | undefined
}

/** An app of the board with its record, once read: who owns it decides what one may do to it. */
export interface PipelineAppWithRecord extends PipelineApp {
  app?: App | undefined
}

/** A card: the app, where it is coupled, and what is known of it so far. */
export interface BoardEntry extends PipelineApp {
  couplingId: string
  /** undefined until the pipeline's apps are read */
  app: App | undefined
}

/** Name order, as the board sorts its cards. */
export const byName = new Intl.Collator('en').compare

/**
 * Each app's place in name order, worked out once per answer of the apps list: a move re-sorts
 * 2,000 entries by comparing two numbers instead of two names.
 */
const nameRanks = new WeakMap<App[], Map<string, number>>()
function rankByName(apps: App[]): Map<string, number> {
  let ranks = nameRanks.get(apps)
  if (!ranks) {
    const sorted = apps.toSorted((a, b) => byName(a.name, b.name))
    ranks = new Map(sorted.map((app, rank) => [app.id, rank]))
    nameRanks.set(apps, ranks)
  }
  return ranks
}

const sameEntry = (a: BoardEntry, b: BoardEntry) =>
  a.couplingId === b.couplingId &&
  a.stage === b.stage &&
  a.name === b.name &&
  a.app === b.app &&
  a.latest === b.latest

/**
 * Joins couplings, apps and newest releases into one entry per card, sorted by name. An entry
 * that has not changed since `previous` is that same object, so a card whose app did not move
 * need not render again (a move changes one entry of 2,000).
 */
export function boardEntries(
  couplings: Coupling[],
  apps: App[] | undefined,
  latest: Release[] | undefined,
  previous?: ReadonlyMap<string, BoardEntry>,
): BoardEntry[] {
  const appsById = new Map(apps?.map((app) => [app.id, app]))
  const latestByApp = new Map(latest?.map((release) => [release.app.id, release]))
  const ranks = apps ? rankByName(apps) : undefined
  // An app missing from the list (still being read) goes last, among those by name.
  const rankOf = (entry: BoardEntry) => ranks?.get(entry.appId) ?? Number.MAX_SAFE_INTEGER
  return couplings
    .flatMap((coupling): BoardEntry[] => {
      const { stage } = coupling
      if (!isBoardStage(stage)) return []
      const app = appsById.get(coupling.app.id)
      const release = latestByApp.get(coupling.app.id)
      const entry: BoardEntry = {
        appId: coupling.app.id,
        couplingId: coupling.id,
        stage,
        // A release names its app too: on a big board the newest releases come well before the
        // apps (read once the couplings have said which), and the cards need not wait for them.
        name: app?.name ?? release?.app.name ?? '',
        app,
        latest: latest === undefined ? undefined : (release ?? null),
      }
      const before = previous?.get(entry.appId)
      return [before && sameEntry(before, entry) ? before : entry]
    })
    .sort((a, b) => rankOf(a) - rankOf(b) || byName(a.name, b.name))
}

/**
 * Review apps split two ways: those whose app is on the board (their card shows the pull
 * request), and those with no app on the board yet (still being created, or errored), which get a
 * card of their own.
 */
export function placeReviewApps(entries: BoardEntry[], reviewApps: ReviewApp[] | undefined) {
  const onBoard = new Set(entries.map((entry) => entry.appId))
  const byApp = new Map<string, ReviewApp>()
  const pending: ReviewApp[] = []
  for (const reviewApp of reviewApps ?? []) {
    if (reviewApp.app) byApp.set(reviewApp.app.id, reviewApp)
    if (!reviewApp.app || !onBoard.has(reviewApp.app.id)) pending.push(reviewApp)
  }
  return { byApp, pending }
}
