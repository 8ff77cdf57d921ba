import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestJson } from './client'
import { accountKeys } from './keys'

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
})
export type Account = z.infer<typeof accountSchema>

/** `role` is the caller's own in the team (admin, member, viewer, ...): what they may do there. */
export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.optional(z.nullable(z.string())),
})
export type Team = z.infer<typeof teamSchema>

// People and teams rarely change within a session.
const STABLE = 5 * 60_000

export const accountQueries = {
  current: () =>
    queryOptions({
      queryKey: accountKeys.current(),
      queryFn: ({ signal }) => requestJson('/account', accountSchema, { signal }),
      staleTime: STABLE,
      meta: { persist: true },
    }),
  /** Another user, by id: how a user-owned pipeline's owner gets a name. */
  user: (userId: string) =>
    queryOptions({
      queryKey: accountKeys.user(userId),
      queryFn: ({ signal }) =>
        requestJson(`/users/${encodeURIComponent(userId)}`, accountSchema, { signal }),
      staleTime: STABLE,
      meta: { persist: true },
    }),
  /**
   * Other users, by id: each looked up as `user` is (and kept as it is), in one query rather than
   * one observer each, whose code the first screen would carry. One that fails is left out.
   */
  users: (userIds: string[], client: QueryClient) =>
    queryOptions({
      queryKey: accountKeys.users(userIds),
      queryFn: async () =>
        new Map(
          (
            await Promise.allSettled(
              userIds.map((id) => client.fetchQuery(accountQueries.user(id))),
            )
          ).flatMap((found) =>
            found.status === 'fulfilled' ? [[found.value.id, found.value]] : [],
          ),
        ),
      staleTime: STABLE,
    }),
}

export const teamQueries = {
  all: () =>
    queryOptions({
      queryKey: accountKeys.teams(),
      queryFn: ({ signal }) => requestJson('/teams', z.array(teamSchema), { signal }),
      staleTime: STABLE,
      meta: { persist: true },
    }),
}
