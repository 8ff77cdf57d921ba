import { useQuery } from '@tanstack/react-query'
import { githubQueries } from '@/api/github'
import { releaseQueries, slugQueries, type Release } from '@/api/releases'
import type { AppCode } from '@/lib/drift'
import { runningRelease, runsEarlierRelease } from '@/lib/releases'

/**
 * What code an app runs: the slug of its newest succeeded release, and the GitHub repository it
 * deploys from. `latest` is the app's newest release from the pipeline's latest-releases (null: the
 * app has none; undefined: still loading). Every request here is shared through the cache, so a
 * card and its neighbours' drift lines never fetch the same thing twice.
 */
export function useAppCode(appId: string, latest: Release | null | undefined) {
  const current = useQuery({
    ...releaseQueries.current(appId),
    enabled: runsEarlierRelease(latest),
  })
  const running = runningRelease(latest, current.data)
  const slugId = running?.slug?.id
  const slug = useQuery({ ...slugQueries.detail(appId, slugId ?? ''), enabled: Boolean(slugId) })
  const repo = useQuery(githubQueries.repoOfApp(appId))

  const code = ((): AppCode => {
    const failure = current.error ?? slug.error ?? repo.error
    if (failure) return { status: 'error', message: failure.message }
    if (running === undefined) return { status: 'loading' }
    if (running === null || !slugId) return { status: 'no-release' }
    if (!slug.data || repo.data === undefined) return { status: 'loading' }
    if (!slug.data.commit) return { status: 'no-commit' }
    if (repo.data === null) return { status: 'no-repo', commit: slug.data.commit }
    return { status: 'ready', commit: slug.data.commit, repo: repo.data }
  })()

  const retry = () => {
    for (const query of [current, slug, repo]) if (query.isError) void query.refetch()
  }
  return { code, running, slug: slug.data, retry }
}
