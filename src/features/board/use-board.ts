import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState } from 'react'
import { appQueries } from '@/api/apps'
import { isNotFound } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { releaseQueries, type Release } from '@/api/releases'
import { reviewAppQueries, type ReviewApp } from '@/api/review-apps'
import { testRunQueries } from '@/api/test-runs'
import { githubQueries } from '@/api/github'
import { boardEntries, placeReviewApps, type BoardEntry } from '@/lib/board'
import { matchesFilter } from '@/lib/board-filter'
import { filterTerms } from '@/lib/format'
import type { DriftFilter } from '@/lib/drift-filter'
import { describeStage } from '@/lib/code-groups'
import { plural } from '@/lib/format'
import { promoteBlocker } from '@/lib/promotion'
import { hasSucceededRelease, RELEASE_STATUS_WORDS } from '@/lib/releases'
import { followsProgress } from '@/lib/review-apps'
import { ciByCommit, followsCi } from '@/lib/ci'
import {
  BOARD_STAGES,
  downstreamOf,
  isBoardStage,
  neighbouringStages,
  type BoardStage,
} from '@/lib/stages'
import { usePaintedSince } from '@/hooks/use-painted-since'
import type { NeighbourStage } from './drift/drift-list'
import { useDriftFilter } from './drift/use-drift-filter'
import { groupStages, useRunningCodes } from './drift/use-running-codes'
import { usePipelineLocks } from '@/hooks/use-locks'
import { lockInto, lockSentence } from '@/lib/locks'
import { FOLLOW_EVERY_MS } from './review-apps/use-follow-review-apps'

/** How often a board reads its test runs while one is under way. */
const FOLLOW_CI_EVERY_MS = 5_000

/** What a board is narrowed to: words (app, commit, status) and how cards drift. */
export interface BoardFilterValue {
  query: string
  drift?: DriftFilter
}
const NO_FILTER: BoardFilterValue = { query: '' }

/** A card of a column: an app, or a pull request whose review app is still being made. */
export type ColumnCard =
  | { kind: 'app'; key: string; entry: BoardEntry }
  | { kind: 'pending'; key: string; reviewApp: ReviewApp }

/** Each entry's column card, made once: an unchanged entry is listed as the same object. */
const cardsOfEntries = new WeakMap<BoardEntry, ColumnCard>()
export function appCard(entry: BoardEntry): ColumnCard {
  let card = cardsOfEntries.get(entry)
  if (!card) {
    card = { kind: 'app', key: entry.appId, entry }
    cardsOfEntries.set(entry, card)
  }
  return card
}

/** The version of the release an app runs, when that release carries no build. */
const runsNoCodeAt = (running: Release | null | undefined) =>
  running && !running.slug ? running.version : undefined

/**
 * Everything a board shows, from five list requests: the pipeline and its couplings decide whether
 * there is a board at all, and its newest releases give every card its name and release, so the
 * columns wait for those three. Its apps and review apps fill the cards in after that, and a
 * failure among them (or of the newest releases) is reported beside a board that still works.
 * What each app runs is read once for the board and grouped by code, per stage.
 */
export function useBoard(pipelineId: string, filter: BoardFilterValue = NO_FILTER) {
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const couplings = useQuery(couplingQueries.byPipeline(pipelineId))
  const latest = useQuery(releaseQueries.latestOfPipeline(pipelineId))
  // The newest releases name every app and give each card its release: the columns wait for them
  // (or for their failure), so a board of 2,000 apps is laid out once, not once without them and
  // again with them.
  const cardsKnown = couplings.data !== undefined && !latest.isPending
  // The rest (the apps' own settings, review apps, what each app's code is) is asked for once
  // those cards are painted: on a big board that is two more lists of 2,000 and dozens of lookups,
  // whose answers (on the demo, made on this very thread) would hold that first frame back.
  const cardsPainted = usePaintedSince(cardsKnown)
  // The apps' query depends on which apps are coupled, not on their stages: a move leaves its
  // options (2,000 ids, sorted into its key) as they were.
  const coupledIds = cardsPainted
    ? couplings.data?.map((coupling) => coupling.app.id).join(' ')
    : undefined
  const appsOptions = useMemo(
    () => appQueries.ofPipeline(pipelineId, coupledIds?.split(' ').filter(Boolean)),
    [pipelineId, coupledIds],
  )
  const apps = useQuery(appsOptions)
  const reviewApps = useQuery({
    ...reviewAppQueries.ofPipeline(pipelineId),
    enabled: cardsPainted,
    // Closely while one is being made or deleted, which takes Heroku a minute or two; else with
    // the rest of the board (see useLiveBoard).
    refetchInterval: (query) =>
      followsProgress(query.state.data, Date.now()) ? FOLLOW_EVERY_MS : false,
  })

  // Heroku CI's newest runs, where CI is on: what each card's commit made of its tests. Closely
  // while one runs.
  const connection = useQuery({
    ...githubQueries.pipelineConnection(pipelineId),
    enabled: cardsPainted,
  })
  const ciOn = connection.data?.ci === true
  const testRuns = useQuery({
    ...testRunQueries.ofPipeline(pipelineId),
    enabled: cardsPainted && ciOn,
    refetchInterval: (query) =>
      followsCi(query.state.data, Date.now()) ? FOLLOW_CI_EVERY_MS : false,
  })
  // Stop-the-line locks: read with the cards, as they decide what the board may do.
  const locks = usePipelineLocks(pipelineId, cardsKnown)

  // Runs read before CI was turned off say nothing of the board now.
  const ciOfCommit = useMemo(
    () => ciByCommit(ciOn ? testRuns.data : undefined),
    [ciOn, testRuns.data],
  )

  // The entries last computed, so an unchanged app keeps its entry object, and its card (a memo)
  // does not render again. Held in state, written only here, and only ever the latest entries.
  const [remembered] = useState(() => new Map<string, BoardEntry>())
  const entries = useMemo(() => {
    const next =
      couplings.data && cardsKnown
        ? boardEntries(couplings.data, apps.data, latest.data, remembered)
        : []
    remembered.clear()
    for (const entry of next) remembered.set(entry.appId, entry)
    return next
  }, [couplings.data, cardsKnown, apps.data, latest.data, remembered])
  const codes = useRunningCodes(latest.data, cardsPainted)
  const placedReviewApps = useMemo(
    () => placeReviewApps(entries, reviewApps.data),
    [entries, reviewApps.data],
  )
  // Each stage's apps depend on the entries alone; what the filter lets through also on what each
  // app runs, but only while there is a filter: without one, the code of a few more apps being
  // read (a dozen times as a board loads) costs no work over 2,000 entries.
  const terms = useMemo(() => filterTerms(filter.query), [filter.query])
  const inStages = useMemo(
    () => new Map(BOARD_STAGES.map((stage) => [stage, entries.filter((e) => e.stage === stage)])),
    [entries],
  )
  const filtering = terms.length > 0 || filter.drift !== undefined
  const codesToFilter = filtering ? codes : undefined
  // Where cards are follows a move at once; how stages compare (groups, drift, headers, the drift
  // filter) follows a moment later, in a render React may interrupt: the card lands in its column
  // first. Not as the board first shows its cards, though: with nothing settled yet, each card
  // would mount with no drift lines and grow by them a moment later, under the pointer.
  const deferredEntries = useDeferredValue(entries)
  const settledEntries = deferredEntries.length === 0 ? entries : deferredEntries
  const groupsOf = useMemo(() => groupStages(settledEntries, codes), [settledEntries, codes])
  const driftPasses = useDriftFilter(groupsOf, codes, filter.drift)
  const byStage = useMemo(() => {
    let comparing = 0
    const shown = (entry: BoardEntry) => {
      if (!codesToFilter) return true
      const runs = codesToFilter.codeOf(entry.appId)
      const reviewApp = placedReviewApps.byApp.get(entry.appId)
      const found = matchesFilter(terms, {
        name: entry.name,
        commit: 'commit' in runs ? runs.commit : undefined,
        words: [
          entry.latest ? RELEASE_STATUS_WORDS[entry.latest.status] : 'no release',
          entry.app?.maintenance ? 'maintenance' : '',
          reviewApp ? `${reviewApp.status} ${reviewApp.branch} #${reviewApp.pr_number ?? ''}` : '',
        ],
      })
      if (!found || !driftPasses) return found
      const drifts = driftPasses(entry)
      if (drifts === undefined) comparing += 1
      return drifts === true
    }
    const stages = new Map<BoardStage, { entries: BoardEntry[]; shown: BoardEntry[] }>()
    for (const stage of BOARD_STAGES) {
      const inStage = inStages.get(stage) ?? []
      stages.set(stage, {
        entries: inStage,
        shown: codesToFilter ? inStage.filter(shown) : inStage,
      })
    }
    // A pull request with no app yet has no code to compare: a drift filter leaves it out.
    const pending = driftPasses
      ? []
      : placedReviewApps.pending.filter((reviewApp) =>
          matchesFilter(terms, {
            name: `PR #${reviewApp.pr_number ?? ''} ${reviewApp.branch}`,
            words: [reviewApp.status],
          }),
        )
    // What each column lists: its apps the filter lets through, then (in Review) the pull
    // requests whose app does not exist yet.
    const cards = new Map(
      BOARD_STAGES.map((stage) => [
        stage,
        [
          ...(stages.get(stage)?.shown ?? []).map(appCard),
          ...(stage === 'review' ? pending : []).map((reviewApp): ColumnCard => ({
            kind: 'pending',
            key: reviewApp.id,
            reviewApp,
          })),
        ],
      ]),
    )
    return { stages, pending, cards, comparing }
  }, [inStages, codesToFilter, terms, driftPasses, placedReviewApps])

  const drift = useMemo(() => {
    const neighbourStage = (neighbour: BoardStage): NeighbourStage => {
      const groups = groupsOf(neighbour).map((group) => ({
        key: group.key,
        stage: neighbour,
        code: group.code,
        names: group.apps.map((entry) => entry.name),
      }))
      // What a card compares itself with, in one string: cards whose neighbours did not change
      // need not render again (after a move, only those beside the two stages involved do).
      return { stage: neighbour, groups, signature: JSON.stringify(groups) }
    }
    const around = new Map(BOARD_STAGES.map((stage) => [stage, neighbourStage(stage)]))
    return {
      summaries: new Map(
        BOARD_STAGES.map((stage) => [
          stage,
          {
            count: groupsOf(stage).reduce((sum, group) => sum + group.apps.length, 0),
            words: describeStage(groupsOf(stage)),
          },
        ]),
      ),
      neighbours: new Map(
        BOARD_STAGES.map((stage) => [
          stage,
          neighbouringStages(stage).flatMap((neighbour) => around.get(neighbour) ?? []),
        ]),
      ),
    }
  }, [groupsOf])

  // While an app that joined or left is being read, the apps shown are the previous set's.
  const coupledApps = useMemo(() => {
    const coupled = new Set(couplings.data?.map((coupling) => coupling.app.id))
    return apps.data?.filter((app) => coupled.has(app.id))
  }, [couplings.data, apps.data])

  // The pipeline's name may come from a kept answer: its couplings say it is gone as well.
  if (isNotFound(pipeline.error) || isNotFound(couplings.error)) {
    return { status: 'not-found' } as const
  }
  const failed = [pipeline, couplings].find((query) => query.isError)
  if (failed) {
    return {
      status: 'failed',
      error: failed.error,
      retry: () => void Promise.all([pipeline.refetch(), couplings.refetch()]),
      retrying: pipeline.isFetching || couplings.isFetching,
    } as const
  }
  if (!pipeline.data || !couplings.data || !cardsKnown) return { status: 'loading' } as const

  return {
    status: 'ready',
    pipeline: pipeline.data,
    /** when the board's couplings (where every card is) were last read */
    updatedAt: couplings.dataUpdatedAt,
    apps: coupledApps,
    entries,
    /** an app's entry, looked up by id (a move asks this of 2,000 entries) */
    entryOf: (appId: string) => remembered.get(appId),
    code: codes,
    reviewApps: placedReviewApps,
    /** what Heroku CI made of the commit an app runs, if it tested it */
    ciOfApp: (appId: string) => {
      const code = codes.codeOf(appId)
      return 'commit' in code ? ciOfCommit.get(code.commit) : undefined
    },
    /** the pipeline's review apps as last read (undefined until then) */
    reviewAppList: reviewApps.data,
    /** the pipeline's stop-the-line locks, as last read (undefined until then) */
    locks: locks.data,
    /** parts of the board that failed to load, each with its own retry */
    // CI's, only while it is on: a failure from before it was turned off says nothing now.
    partialFailures: [apps, latest, reviewApps, connection, locks, ...(ciOn ? [testRuns] : [])]
      .filter((query) => query.isError)
      .map((query) => ({
        error: query.error,
        retry: () => void query.refetch(),
        retrying: query.isFetching,
      })),
    entriesOf: (stage: BoardStage) => byStage.stages.get(stage)?.entries ?? [],
    /** the stage's cards the filter lets through (all of them without a filter) */
    shownOf: (stage: BoardStage) => byStage.stages.get(stage)?.shown ?? [],
    /** review apps with no app on the board yet that the filter lets through */
    pendingShown: byStage.pending,
    /** what each column lists, in order */
    cardsOf: (stage: BoardStage) => byStage.cards.get(stage) ?? [],
    /** the couplings the cards were made from: the basis of a landing (see landing.ts) */
    couplings: couplings.data,
    filtering,
    /** cards a drift filter cannot place yet: their code is still being read or compared */
    comparing: byStage.comparing,
    /** "1,300 apps · 3 versions: 1,240 on 84fd456, …" */
    summaryOf: (stage: BoardStage) => {
      // Until the deferred grouping catches up with a move or a first answer, the live count.
      const count = byStage.stages.get(stage)?.entries.length ?? 0
      const summary = drift.summaries.get(stage)
      return summary?.count === count ? summary.words : plural(count, 'app')
    },
    /** the groups a card of this stage compares itself with */
    neighboursOf: (stage: BoardStage) => drift.neighbours.get(stage) ?? [],
    /** why an app cannot promote, or null when it can; undefined for stages that never promote */
    promoteBlockerOf: (entry: BoardEntry) => {
      const next = downstreamOf(entry.stage)
      const lock = next ? lockInto(locks.data, next) : null
      if (lock) return lockSentence(lock)
      return next
        ? promoteBlocker(
            {
              ...entry,
              hasSucceededRelease: hasSucceededRelease(entry.latest),
              runsNoCodeAt: runsNoCodeAt(codes.of(entry.appId).running),
            },
            isBoardStage(next) ? (byStage.stages.get(next)?.entries ?? []) : [],
          )
        : undefined
    },
  } as const
}
