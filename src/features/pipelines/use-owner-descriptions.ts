import { useQuery, useQueryClient } from '@tanstack/react-query'
import { accountQueries, teamQueries, type Account } from '@/api/account'
import type { Pipeline } from '@/api/pipelines'
import { describeOwner } from '@/lib/owners'

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
  return (owner: Pipeline['owner']) =>
    describeOwner(owner, {
      teams: teams.data,
      account: account.data,
      users: users.data ?? new Map<string, Account>(),
    })
}
