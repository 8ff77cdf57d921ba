import type { Account, Team } from '@/api/account'
import type { PipelineOwner } from '@/api/pipelines'

/** `label` is null while the owner's name is still being looked up. */
export type OwnerDescription =
  | { kind: 'team'; label: string | null }
  | { kind: 'user'; label: string | null }
  | { kind: 'legacy'; label: string }

/**
 * A pipeline's owner in words, as the CLI finds it: a team by name, a user by email, and "no
 * owner" for a legacy pipeline. `users` holds the other users looked up so far.
 */
export function describeOwner(
  owner: PipelineOwner | null,
  context: { teams: Team[] | undefined; account: Account | undefined; users: Map<string, Account> },
): OwnerDescription {
  if (!owner) return { kind: 'legacy', label: 'No owner (legacy pipeline)' }
  if (owner.type === 'team') {
    const team = context.teams?.find((t) => t.id === owner.id)
    return { kind: 'team', label: team ? `${team.name} (team)` : null }
  }
  if (context.account?.id === owner.id) return { kind: 'user', label: context.account.email }
  return { kind: 'user', label: context.users.get(owner.id)?.email ?? null }
}

/** Team apps are owned by `<team>@herokumanager.com`; show them as the team. */
export function appOwnerLabel(email: string): string {
  const team = /^(.+)@herokumanager\.com$/.exec(email)?.[1]
  return team ? `${team} (team)` : email
}
