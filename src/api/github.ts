/**
 * Drift needs two services beside the Platform API: Kolkrabbi says which GitHub repository an app
 * deploys from, and GitHub's compare counts the commits between two SHAs.
 */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, KOLKRABBI_URL, requestJson } from './client'
import { githubKeys } from './keys'

export const GITHUB_API_URL = 'https://api.github.com'

const githubLinkSchema = z.object({ repo: z.nullable(z.string()) })

export const compareCommitSchema = z.object({
  sha: z.string(),
  html_url: z.string(),
  commit: z.object({
    author: z.object({ name: z.string(), email: z.string(), date: z.string() }),
    message: z.string(),
  }),
})
export type CompareCommit = z.infer<typeof compareCommitSchema>

export const comparisonSchema = z.object({
  status: z.enum(['identical', 'ahead', 'behind', 'diverged']),
  ahead_by: z.number(),
  behind_by: z.number(),
  total_commits: z.number(),
  html_url: z.string(),
  commits: z.array(compareCommitSchema),
})
export type Comparison = z.infer<typeof comparisonSchema>

export const githubQueries = {
  /** `owner/name`, or null when the app is not connected to GitHub (Kolkrabbi answers 404). */
  repoOfApp: (appId: string) =>
    queryOptions({
      queryKey: githubKeys.repoOfApp(appId),
      queryFn: async ({ signal }) => {
        try {
          const link = await requestJson(
            `/apps/${encodeURIComponent(appId)}/github`,
            githubLinkSchema,
            {
              signal,
              baseUrl: KOLKRABBI_URL,
            },
          )
          return link.repo
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
      staleTime: 5 * 60_000,
      meta: { persist: true },
    }),
  /** Two SHAs always compare the same: fetched once a session. */
  compare: (repo: string, base: string, head: string) =>
    queryOptions({
      queryKey: githubKeys.compare(repo, base, head),
      queryFn: ({ signal }) =>
        requestJson(`/repos/${repo}/compare/${base}...${head}`, comparisonSchema, {
          signal,
          baseUrl: GITHUB_API_URL,
          headers: { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' },
        }),
      staleTime: Infinity,
      gcTime: Infinity,
      meta: { persist: true },
    }),
}
