import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { githubQueries } from '@/api/github'
import { releaseQueries, slugQueries, type Release } from '@/api/releases'
import { useRunningCodes } from './use-running-codes'

const release = (app: string, version: number, status: Release['status'], slug: string | null) =>
  ({
    id: `${app}-v${version}`,
    version,
    status,
    current: status === 'succeeded',
    description: `Deploy v${version}`,
    created_at: '2026-01-01T00:00:00Z',
    app: { id: app, name: app },
    slug: slug ? { id: slug } : null,
    user: { id: 'user', email: 'dev@example.com' },
    eligible_for_rollback: true,
    output_stream_url: null,
  }) satisfies Release

/**
 * A board's newest releases, with what is already known of their slugs, repositories and earlier
 * releases (kept from an earlier visit): nothing is asked, as the hook is not looking up yet.
 */
function renderCodes(newest: Release[] | undefined, known: (client: QueryClient) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  known(client)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return renderHook(({ releases }) => useRunningCodes(releases, false), {
    wrapper,
    initialProps: { releases: newest },
  })
}

const slug = (id: string, commit: string | null) => ({ id, commit, commit_description: null })

describe('what each app of a board runs', () => {
  const newest = [
    release('web-1', 4, 'succeeded', 'slug-a'),
    release('web-2', 4, 'succeeded', 'slug-a'),
    release('web-3', 2, 'succeeded', 'slug-b'),
    // Its newest failed: it runs v6, an earlier slug.
    release('web-4', 7, 'failed', 'slug-c'),
    // Its newest is pending, and the earlier release could not be read.
    release('web-5', 3, 'pending', 'slug-a'),
    release('worker', 1, 'succeeded', null),
    // Pending, and no earlier release ever succeeded.
    release('web-6', 1, 'pending', 'slug-a'),
    // Failed, and what it runs instead not read yet.
    release('web-7', 2, 'failed', 'slug-a'),
    // Its slug could not be read.
    release('api', 9, 'succeeded', 'slug-d'),
  ]
  const known = (client: QueryClient) => {
    client.setQueryData(slugQueries.detail('web-1', 'slug-a').queryKey, slug('slug-a', 'aaa111'))
    client.setQueryData(slugQueries.detail('web-3', 'slug-b').queryKey, slug('slug-b', null))
    client.setQueryData(slugQueries.detail('web-4', 'slug-old').queryKey, slug('slug-old', 'ccc'))
    client.setQueryData(githubQueries.repoOfApp('web-1').queryKey, 'acme/shop')
    client.setQueryData(githubQueries.repoOfApp('web-3').queryKey, 'acme/shop')
    client.setQueryData(githubQueries.repoOfApp('web-4').queryKey, null)
    client.setQueryData(
      releaseQueries.current('web-4', 'web-4-v7').queryKey,
      release('web-4', 6, 'succeeded', 'slug-old'),
    )
    client.setQueryData(releaseQueries.current('web-6', 'web-6-v1').queryKey, null)
    const failed = (queryKey: readonly unknown[], message: string) =>
      client
        .getQueryCache()
        .build(client, { queryKey })
        .setState({ status: 'error', error: new Error(message) })
    failed(releaseQueries.current('web-5', 'web-5-v3').queryKey, 'Heroku did not answer.')
    failed(slugQueries.detail('api', 'slug-d').queryKey, 'Slug gone.')
    client.setQueryData(githubQueries.repoOfApp('api').queryKey, 'acme/api')
  }

  it('works out the code once per slug: apps on one slug share its code', () => {
    const { result } = renderCodes(newest, known)
    const codes = result.current
    expect(codes.codeOf('web-1')).toEqual({ status: 'ready', commit: 'aaa111', repo: 'acme/shop' })
    expect(codes.codeOf('web-2')).toBe(codes.codeOf('web-1'))
    expect(codes.codeOf('web-3')).toEqual({ status: 'no-commit' })
    expect(codes.of('web-1').slug).toEqual(slug('slug-a', 'aaa111'))
  })

  it('follows an app whose newest release did not succeed to the release it runs', () => {
    const { result } = renderCodes(newest, known)
    const web4 = result.current.of('web-4')
    expect(web4.running?.version).toBe(6)
    expect(web4.code).toEqual({ status: 'no-repo', commit: 'ccc' })
    expect(result.current.of('web-5').code).toEqual({
      status: 'error',
      message: 'Heroku did not answer.',
    })
  })

  it('says what is still being read, and what could not be', () => {
    const { result } = renderCodes(newest, known)
    expect(result.current.of('web-7')).toMatchObject({
      running: undefined,
      code: { status: 'loading' },
    })
    expect(result.current.of('api').code).toEqual({ status: 'error', message: 'Slug gone.' })
    // No release of it ever succeeded: it runs none.
    expect(result.current.of('web-6')).toMatchObject({
      running: null,
      code: { status: 'no-release' },
    })
  })

  it('tells apps with no build and apps with no release apart', () => {
    const { result } = renderCodes(newest, known)
    expect(result.current.of('worker').code).toEqual({ status: 'no-release' })
    expect(result.current.of('worker').running?.version).toBe(1)
    expect(result.current.of('not-on-the-board')).toMatchObject({ running: null })
  })

  it('says the same through codeOf as through of, for every kind of app', () => {
    const { result } = renderCodes(newest, known)
    for (const { app } of newest) {
      expect(result.current.codeOf(app.id)).toEqual(result.current.of(app.id).code)
    }
  })

  it('gives the same object for an app until its releases change', () => {
    const { result, rerender } = renderCodes(newest, known)
    const before = result.current.of('web-1')
    rerender({ releases: newest })
    expect(result.current.of('web-1')).toBe(before)
    rerender({ releases: [...newest.slice(1), release('web-1', 5, 'succeeded', 'slug-b')] })
    expect(result.current.of('web-1')).not.toBe(before)
    expect(result.current.codeOf('web-1')).toEqual({ status: 'no-commit' })
  })

  it('knows nothing of any app before the newest releases are read', () => {
    const { result } = renderCodes(undefined, known)
    expect(result.current.of('web-1').code).toEqual({ status: 'loading' })
    expect(result.current.codeOf('web-1')).toEqual({ status: 'loading' })
  })
})
