import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { accountQueries, teamQueries, type Account } from '@/api/account'
import type { Pipeline } from '@/api/pipelines'
import { describeOwner } from '@/lib/owners'

const NO_USERS = new Map<string, Account>()

/**
 * Names for pipeline owners: teams from one list, the signed-in user from the account, and any
 * other owning user looked up by id (once each, cached).
 */
export function useOwnerDescriptions(pipelines: Pipeline[] | undefined) {
  const teams = useQuery(teamQueries.all())
  const account = useQuery(accountQueries.current())
  const otherUserIds = [
    ...new Set(
      (pipelines ?? [])
        .flatMap((p) => (p.owner?.type === 'user' ? [p.owner.id] : []))
        .filter((id) => account.data && id !== account.data.id),
    ),
  ]
  const queryClient = useQueryClient()
  const users = useQuery({
    ...accountQueries.users(otherUserIds, queryClient),
    enabled: otherUserIds.length > 0,
  })
  // The same function until one of the lists changes: the page's rows are remade only then.
  return useCallback(
    (owner: Pipeline['owner']) =>
      describeOwner(owner, {
        teams: teams.data,
        account: account.data,
        users: users.data ?? NO_USERS,
      }),
    [teams.data, account.data, users.data],
  )
}
