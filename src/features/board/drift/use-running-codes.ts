import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { githubQueries } from '@/api/github'
import { releaseQueries, slugQueries, type Release, type Slug } from '@/api/releases'
import type { BoardEntry } from '@/lib/board'
import { codeOf, codeOfSlug, groupByCode, type CodeGroup } from '@/lib/code-groups'
import type { AppCode } from '@/lib/drift'
import { runningRelease, runsEarlierRelease } from '@/lib/releases'
import { BOARD_STAGES, type BoardStage } from '@/lib/stages'

/** What one app runs, as far as the board knows. */
export interface RunningCode {
  running: Release | null | undefined
  slug: Slug | undefined
  code: AppCode
}

/** What every app of the board runs. */
export interface RunningCodes {
  of(appId: string): RunningCode
  /** `of(appId).code`, with nothing made for the app: what grouping 2,000 apps asks */
  codeOf(appId: string): AppCode
  /** asks again for whatever failed to say what this app runs */
  retry(appId: string): void
}

/** Each stage's apps grouped by the code they run. */
export function groupStages(
  entries: BoardEntry[],
  codes: RunningCodes,
): (stage: BoardStage) => CodeGroup<BoardEntry>[] {
  const groups = new Map(
    BOARD_STAGES.map((stage) => [
      stage,
      groupByCode(
        entries.filter((entry) => entry.stage === stage),
        (entry) => codes.codeOf(entry.appId),
      ),
    ]),
  )
  return (stage) => groups.get(stage) ?? []
}

const UNKNOWN: RunningCode = { running: undefined, slug: undefined, code: { status: 'loading' } }
const NO_RELEASE: RunningCode = { running: null, slug: undefined, code: { status: 'no-release' } }

/**
 * What the index needs of each query: its answer or its failure. Kept apart from the rest of the
 * query's state, and defined once, so TanStack Query hands back the same array until an answer
 * changes, and the index is not rebuilt for 2,000 apps on every render.
 */
export const answers = <T>(results: UseQueryResult<T>[]) =>
  results.map(({ data, error }) => ({ data, error }))

type Answer<T> = ReturnType<typeof answers<T>>[number]

/**
 * Each app's newest release, and the apps that run an earlier one (their newest did not
 * succeed), each with its newest release's id: what the earlier one is looked up from.
 */
function indexNewest(newest: Release[] | undefined) {
  const byApp = new Map<string, Release>()
  const runsEarlier = new Map<string, string>()
  for (const release of newest ?? []) {
    byApp.set(release.app.id, release)
    if (runsEarlierRelease(release)) runsEarlier.set(release.app.id, release.id)
  }
  return { byApp, runsEarlier }
}

/** One distinct slug: read through one app that runs it, with that app's repository. */
interface SlugLookups {
  appId: string
  slug: Answer<Slug> | undefined
  repo: Answer<string | null> | undefined
  /** the code of every app that runs this slug, unless its own release failed to be read */
  code: AppCode
}

/**
 * The code every app of the board runs, read once for the whole board. Apps of a fleet share
 * slugs (a promotion copies the slug), so this costs one slug and one repository lookup per
 * distinct slug, plus the running release of the few apps whose newest release did not succeed:
 * a handful of requests for 2,000 apps, whatever is on screen.
 *
 * The work follows the same rule: the code is worked out once per distinct slug, and an app's
 * `RunningCode` is made when it is first asked for (by a card on screen), so an answer costs a
 * pass over 2,000 releases, not 2,000 objects. What an app runs depends on its releases, not on
 * its stage: a move regroups the stages but leaves each app's `RunningCode` the same object, so
 * its card need not render again.
 *
 * Nothing is asked before `lookUp` (once the board's cards are painted); what is kept from an
 * earlier visit shows at once all the same.
 */
export function useRunningCodes(newest: Release[] | undefined, lookUp: boolean): RunningCodes {
  const queryClient = useQueryClient()
  const onceLookingUp = <T extends object>(options: T) => ({ ...options, enabled: lookUp })
  const index = useMemo(() => indexNewest(newest), [newest])
  const lookEarlier = useMemo(() => [...index.runsEarlier], [index])
  const earlier = useQueries({
    queries: lookEarlier.map(([appId, newestId]) =>
      onceLookingUp(releaseQueries.current(appId, newestId)),
    ),
    combine: answers,
  })
  // What was read of each such app's earlier release.
  const earlierReads = useMemo(
    () => new Map(lookEarlier.map(([appId], i) => [appId, earlier[i]] as const)),
    [lookEarlier, earlier],
  )

  // One app per distinct slug: the slug is read through it, and so is the repository.
  const slugOwners = useMemo(() => {
    const owners = new Map<string, string>()
    for (const [appId, release] of index.byApp) {
      const running = runningRelease(release, earlierReads.get(appId)?.data)
      const slugId = running?.slug?.id
      if (slugId && !owners.has(slugId)) owners.set(slugId, appId)
    }
    return [...owners]
  }, [index, earlierReads])
  const slugs = useQueries({
    queries: slugOwners.map(([slugId, appId]) => onceLookingUp(slugQueries.detail(appId, slugId))),
    combine: answers,
  })
  const repos = useQueries({
    queries: slugOwners.map(([, appId]) => onceLookingUp(githubQueries.repoOfApp(appId))),
    combine: answers,
  })

  const bySlug = useMemo(
    () =>
      new Map(
        slugOwners.map(([slugId, appId], i): [string, SlugLookups] => {
          const slug = slugs[i]
          const repo = repos[i]
          const failure = slug?.error ?? repo?.error
          return [slugId, { appId, slug, repo, code: codeOfSlug(slug?.data, repo?.data, failure) }]
        }),
      ),
    [slugOwners, slugs, repos],
  )

  return useMemo(() => {
    const runningCodeOf = (appId: string): RunningCode => {
      const release = index.byApp.get(appId)
      // Releases read and none for this app: it has never been released.
      if (!release) return newest ? NO_RELEASE : UNKNOWN
      const earlierRead = earlierReads.get(appId)
      const running = runningRelease(release, earlierRead?.data)
      const lookups = running?.slug ? bySlug.get(running.slug.id) : undefined
      const failure = earlierRead?.error
      // An app that runs a slug has its slug's code, unless what it runs could not be read.
      const code =
        lookups && !failure
          ? lookups.code
          : codeOf({ running, slug: lookups?.slug?.data, repo: lookups?.repo?.data, failure })
      return { running, slug: lookups?.slug?.data, code }
    }
    const made = new Map<string, RunningCode>()
    const of = (appId: string) => {
      let found = made.get(appId)
      if (!found) {
        found = runningCodeOf(appId)
        made.set(appId, found)
      }
      return found
    }
    return {
      of,
      codeOf: (appId) => {
        // Most apps run their newest release: their slug's code, shared, with nothing made.
        const release = index.byApp.get(appId)
        const lookups =
          release?.slug && !index.runsEarlier.has(appId) ? bySlug.get(release.slug.id) : undefined
        return lookups ? lookups.code : of(appId).code
      },
      retry: (appId) => {
        const again = (
          failed: { error: Error | null } | undefined,
          queryKey: readonly unknown[],
        ) => {
          if (failed?.error) void queryClient.refetchQueries({ queryKey, exact: true })
        }
        const newestId = index.runsEarlier.get(appId)
        if (newestId) {
          again(earlierReads.get(appId), releaseQueries.current(appId, newestId).queryKey)
        }
        const slugId = of(appId).running?.slug?.id
        const lookups = slugId ? bySlug.get(slugId) : undefined
        if (slugId && lookups) {
          again(lookups.slug, slugQueries.detail(lookups.appId, slugId).queryKey)
          again(lookups.repo, githubQueries.repoOfApp(lookups.appId).queryKey)
        }
      },
    }
  }, [index, earlierReads, bySlug, newest, queryClient])
}
