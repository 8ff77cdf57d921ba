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

export interface CodeIndex {
  of(appId: string): RunningCode
  /** a stage's apps grouped by the code they run, largest group first */
  groupsOf(stage: BoardStage): CodeGroup<BoardEntry>[]
  /** asks again for whatever failed to say what this app runs */
  retry(appId: string): void
}

const UNKNOWN: RunningCode = { running: undefined, slug: undefined, code: { status: 'loading' } }

/**
 * What the index needs of each query: its answer or its failure. Kept apart from the rest of the
 * query's state, and defined once, so TanStack Query hands back the same array until an answer
 * changes, and the index is not rebuilt for 2,000 apps on every render.
 */
const answers = <T>(results: UseQueryResult<T>[]) =>
  results.map(({ data, error }) => ({ data, error }))

/**
 * The code every app of the board runs, read once for the whole board. Apps of a fleet share
 * slugs (a promotion copies the slug), so this costs one slug and one repository lookup per
 * distinct slug, plus the running release of the few apps whose newest release did not succeed:
 * a handful of requests for 2,000 apps, whatever is on screen.
 */
export function useCodeIndex(entries: BoardEntry[]): CodeIndex {
  const lookEarlier = useMemo(
    () => entries.filter((entry) => runsEarlierRelease(entry.latest)).map((e) => e.appId),
    [entries],
  )
  const queryClient = useQueryClient()
  const earlier = useQueries({
    queries: lookEarlier.map((appId) => releaseQueries.current(appId)),
    combine: answers,
  })

  const running = useMemo(() => {
    const found = new Map(lookEarlier.map((appId, i) => [appId, earlier[i]] as const))
    return new Map(
      entries.map((entry) => [
        entry.appId,
        runningRelease(entry.latest, found.get(entry.appId)?.data),
      ]),
    )
  }, [entries, lookEarlier, earlier])

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
    queries: slugOwners.map(([slugId, appId]) => slugQueries.detail(appId, slugId)),
    combine: answers,
  })
  const repos = useQueries({
    queries: slugOwners.map(([, appId]) => githubQueries.repoOfApp(appId)),
    combine: answers,
  })

  return useMemo(() => {
    const bySlug = new Map(
      slugOwners.map(
        ([slugId, appId], i) => [slugId, { appId, slug: slugs[i], repo: repos[i] }] as const,
      ),
    )
    const earlierOf = new Map(lookEarlier.map((appId, i) => [appId, earlier[i]] as const))
    const known = new Map<string, RunningCode>()
    for (const entry of entries) {
      const release = running.get(entry.appId)
      const lookups = release?.slug ? bySlug.get(release.slug.id) : undefined
      known.set(entry.appId, {
        running: release,
        slug: lookups?.slug?.data,
        code: codeOf({
          running: release,
          slug: lookups?.slug?.data,
          repo: lookups?.repo?.data,
          failure:
            earlierOf.get(entry.appId)?.error ?? lookups?.slug?.error ?? lookups?.repo?.error,
        }),
      })
    }
    const groups = new Map(
      BOARD_STAGES.map((stage) => [
        stage,
        groupByCode(
          entries.filter((entry) => entry.stage === stage),
          (entry) => known.get(entry.appId)?.code ?? UNKNOWN.code,
        ),
      ]),
    )
    return {
      of: (appId) => known.get(appId) ?? UNKNOWN,
      groupsOf: (stage) => groups.get(stage) ?? [],
      retry: (appId) => {
        const slugId = running.get(appId)?.slug?.id
        const lookups = slugId ? bySlug.get(slugId) : undefined
        const again = (
          failed: { error: Error | null } | undefined,
          queryKey: readonly unknown[],
        ) => {
          if (failed?.error) void queryClient.refetchQueries({ queryKey, exact: true })
        }
        again(earlierOf.get(appId), releaseQueries.current(appId).queryKey)
        if (slugId && lookups) {
          again(lookups.slug, slugQueries.detail(lookups.appId, slugId).queryKey)
          again(lookups.repo, githubQueries.repoOfApp(lookups.appId).queryKey)
        }
      },
    }
  }, [entries, running, lookEarlier, earlier, slugOwners, slugs, repos, queryClient])
}
