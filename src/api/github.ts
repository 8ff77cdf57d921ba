/**
 * Drift needs two services beside the Platform API: Kolkrabbi says which GitHub repository an app
 * deploys from, and GitHub's compare counts the commits between two SHAs.
 */
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { ApiError, isNotFound, KOLKRABBI_URL, pastedGithubToken, requestJson } from './client'
import { githubKeys } from './keys'

export const GITHUB_API_URL = 'https://api.github.com'

const linkedTokenSchema = z.object({ github: z.object({ token: z.string() }) })

/** The token Heroku holds for the account, or why there is none (Kolkrabbi's words). */
export interface LinkedGithubToken {
  token: string | null
  refusal: string | null
}

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
  /**
   * As the CLI's `pipelines:diff` does: the GitHub token Heroku holds for the account, through
   * Kolkrabbi. Asked for once, by the first compare; a refusal (no GitHub account linked) is an
   * answer, not a failure. Never kept across reloads: it is a secret.
   */
  linkedToken: () =>
    queryOptions({
      queryKey: githubKeys.linkedToken(),
      queryFn: async ({ signal }): Promise<LinkedGithubToken> => {
        try {
          const answer = await requestJson('/account/github/token', linkedTokenSchema, {
            signal,
            baseUrl: KOLKRABBI_URL,
          })
          return { token: answer.github.token, refusal: null }
        } catch (error) {
          // Kolkrabbi refuses (no GitHub account linked): an answer. Anything else (out of
          // reach, an outage) is a failure, asked again by the next compare.
          if (error instanceof ApiError && error.isClientError())
            return { token: null, refusal: error.message }
          throw error
        }
      },
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  /**
   * Two SHAs always compare the same: fetched once a session. With the token pasted here, else
   * Heroku's; without either GitHub is asked anonymously, which is enough for public repositories.
   */
  compare: (repo: string, base: string, head: string) =>
    queryOptions({
      queryKey: githubKeys.compare(repo, base, head),
      queryFn: async ({ signal, client }) => {
        // Without Heroku's token (none, or Kolkrabbi out of reach) GitHub is asked anonymously;
        // the board says which, if the compare fails.
        const token =
          pastedGithubToken() ??
          (await client.ensureQueryData(githubQueries.linkedToken()).then(
            (linked) => linked.token,
            () => null,
          ))
        return requestJson(`/repos/${repo}/compare/${base}...${head}`, comparisonSchema, {
          signal,
          baseUrl: GITHUB_API_URL,
          headers: {
            Accept: 'application/vnd.github+json',
            'X-GitHub-Api-Version': '2022-11-28',
            ...(token && { Authorization: `token ${token}` }),
          },
        })
      },
      staleTime: Infinity,
      gcTime: Infinity,
      meta: { persist: true },
    }),
}
