import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { githubQueries } from '@/api/github'
import { releaseQueries, slugQueries, type Release, type Slug } from '@/api/releases'
import type { BoardEntry } from '@/lib/board'
import { codeOf, groupByCode, type CodeGroup } from '@/lib/code-groups'
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
        (entry) => codes.of(entry.appId).code,
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

/**
 * The code every app of the board runs, read once for the whole board. Apps of a fleet share
 * slugs (a promotion copies the slug), so this costs one slug and one repository lookup per
 * distinct slug, plus the running release of the few apps whose newest release did not succeed:
 * a handful of requests for 2,000 apps, whatever is on screen.
 *
 * What an app runs depends on its releases, not on its stage: a move regroups the stages but
 * leaves each app's `RunningCode` the same object, so its card need not render again.
 *
 * Nothing is asked before `lookUp` (once the board's cards are painted); what is kept from an
 * earlier visit shows at once all the same.
 */
export function useRunningCodes(newest: Release[] | undefined, lookUp: boolean): RunningCodes {
  const queryClient = useQueryClient()
  const onceLookingUp = <T extends object>(options: T) => ({ ...options, enabled: lookUp })
  const earlierOf = useMemo(
    () =>
      new Map(
        (newest ?? [])
          .filter(runsEarlierRelease)
          .map((release) => [release.app.id, release.id] as const),
      ),
    [newest],
  )
  const lookEarlier = useMemo(() => [...earlierOf.keys()], [earlierOf])
  const earlier = useQueries({
    queries: [...earlierOf].map(([appId, newestId]) =>
      onceLookingUp(releaseQueries.current(appId, newestId)),
    ),
    combine: answers,
  })

  const running = useMemo(() => {
    const found = new Map(lookEarlier.map((appId, i) => [appId, earlier[i]] as const))
    return new Map(
      (newest ?? []).map((release) => [
        release.app.id,
        runningRelease(release, found.get(release.app.id)?.data),
      ]),
    )
  }, [newest, lookEarlier, earlier])

  // One app per distinct slug: the slug is read through it, and so is the repository.
  const slugOwners = useMemo(() => {
    const owners = new Map<string, string>()
    for (const [appId, release] of running) {
      const slugId = release?.slug?.id
      if (slugId && !owners.has(slugId)) owners.set(slugId, appId)
    }
    return [...owners]
  }, [running])
  const slugs = useQueries({
    queries: slugOwners.map(([slugId, appId]) => onceLookingUp(slugQueries.detail(appId, slugId))),
    combine: answers,
  })
  const repos = useQueries({
    queries: slugOwners.map(([, appId]) => onceLookingUp(githubQueries.repoOfApp(appId))),
    combine: answers,
  })

  const known = useMemo(() => {
    const bySlug = new Map(
      slugOwners.map(
        ([slugId, appId], i) => [slugId, { appId, slug: slugs[i], repo: repos[i] }] as const,
      ),
    )
    const earlierOf = new Map(lookEarlier.map((appId, i) => [appId, earlier[i]] as const))
    const byApp = new Map<string, RunningCode>()
    for (const [appId, release] of running) {
      const lookups = release?.slug ? bySlug.get(release.slug.id) : undefined
      byApp.set(appId, {
        running: release,
        slug: lookups?.slug?.data,
        code: codeOf({
          running: release,
          slug: lookups?.slug?.data,
          repo: lookups?.repo?.data,
          failure: earlierOf.get(appId)?.error ?? lookups?.slug?.error ?? lookups?.repo?.error,
        }),
      })
    }
    return { byApp, bySlug, earlierOf }
  }, [running, lookEarlier, earlier, slugOwners, slugs, repos])

  return useMemo(() => {
    return {
      // Releases read and none for this app: it has never been released.
      of: (appId) => known.byApp.get(appId) ?? (newest ? NO_RELEASE : UNKNOWN),
      retry: (appId) => {
        const slugId = running.get(appId)?.slug?.id
        const lookups = slugId ? known.bySlug.get(slugId) : undefined
        const again = (
          failed: { error: Error | null } | undefined,
          queryKey: readonly unknown[],
        ) => {
          if (failed?.error) void queryClient.refetchQueries({ queryKey, exact: true })
        }
        const newestId = earlierOf.get(appId)
        if (newestId) {
          again(known.earlierOf.get(appId), releaseQueries.current(appId, newestId).queryKey)
        }
        if (slugId && lookups) {
          again(lookups.slug, slugQueries.detail(lookups.appId, slugId).queryKey)
          again(lookups.repo, githubQueries.repoOfApp(lookups.appId).queryKey)
        }
      },
    }
  }, [known, newest, running, earlierOf, queryClient])
}
