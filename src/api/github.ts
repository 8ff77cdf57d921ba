/**
 * Drift needs two services beside the Platform API: Kolkrabbi says which GitHub repository an app
 * deploys from, and GitHub's compare counts the commits between two SHAs.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
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
   * Not given up when the cards asking for it leave the screen (a scroll, a filter): the answer is
   * kept for good, and one given up would be asked for again by the next card that shows it.
   */
  compare: (repo: string, base: string, head: string) =>
    queryOptions({
      queryKey: githubKeys.compare(repo, base, head),
      queryFn: ({ client }) =>
        requestGithub(client, `/repos/${repo}/compare/${base}...${head}`, comparisonSchema),
      staleTime: Infinity,
      gcTime: Infinity,
      meta: { persist: true },
    }),
  /**
   * The repository a pipeline is connected to (Kolkrabbi), `owner/name`, and whether Heroku CI is
   * on for it; null when it is not connected (Kolkrabbi answers 404). Changes rarely: kept across
   * reloads, asked again after five minutes.
   */
  pipelineConnection: (pipelineId: string) =>
    queryOptions({
      queryKey: githubKeys.pipelineConnection(pipelineId),
      queryFn: async ({ signal }): Promise<PipelineConnection | null> => {
        try {
          const answer = await requestJson(
            `/pipelines/${encodeURIComponent(pipelineId)}/repository`,
            pipelineRepositorySchema,
            { signal, baseUrl: KOLKRABBI_URL },
          )
          return { repo: answer.repository.name, ci: answer.ci ?? false }
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
      staleTime: 5 * 60_000,
      meta: { persist: true },
    }),
  /** A repository's open pull requests, newest first: what review apps are made from. */
  openPulls: (repo: string) =>
    queryOptions({
      queryKey: githubKeys.openPulls(repo),
      queryFn: ({ signal, client }) =>
        requestGithub(
          client,
          `/repos/${repo}/pulls?state=open&per_page=100`,
          z.array(pullRequestSchema),
          signal,
        ),
      staleTime: 30_000,
    }),
  /** A repository's branches, by name (GitHub's first 100). */
  branches: (repo: string) =>
    queryOptions({
      queryKey: githubKeys.branches(repo),
      queryFn: ({ signal, client }) =>
        requestGithub(
          client,
          `/repos/${repo}/branches?per_page=100`,
          z.array(branchSchema),
          signal,
        ),
      staleTime: 30_000,
    }),
}

const pipelineRepositorySchema = z.object({
  repository: z.object({ name: z.string() }),
  ci: z.optional(z.boolean()),
})

export interface PipelineConnection {
  /** `owner/name` */
  repo: string
  /** whether Heroku CI tests its pushes */
  ci: boolean
}

export const pullRequestSchema = z.object({
  number: z.number(),
  title: z.string(),
  html_url: z.string(),
  user: z.nullable(z.object({ login: z.string() })),
  head: z.object({ ref: z.string() }),
})
export type PullRequest = z.infer<typeof pullRequestSchema>

const branchSchema = z.object({ name: z.string() })

/**
 * A request to GitHub: with the token pasted here, else Heroku's; without either GitHub is asked
 * anonymously, which is enough for public repositories (the board says which, if it fails).
 */
async function requestGithub<T>(
  client: QueryClient,
  path: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
) {
  const token =
    pastedGithubToken() ??
    (await client.ensureQueryData(githubQueries.linkedToken()).then(
      (linked) => linked.token,
      () => null,
    ))
  return requestJson(path, schema, {
    signal,
    baseUrl: GITHUB_API_URL,
    headers: {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      ...(token && { Authorization: `token ${token}` }),
    },
  })
}
