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

/** Whom an app of the pipeline would be given to: the pipeline's owner, as Heroku names it. */
export interface TransferTarget {
  /** what `PATCH /teams/apps/{app}` takes: a team's name or a person's email */
  owner: string
  /** as a person reads it: "northwind (team)", "ada@northwind.dev" */
  label: string
  kind: 'team' | 'user'
}

/**
 * The pipeline's owner as a transfer target, or null while it is not known (a team the person
 * is not in, another person whose email no app shows) or for a legacy pipeline.
 */
export function transferTarget(
  owner: PipelineOwner | null,
  context: {
    teams: Team[] | undefined
    account: Account | undefined
    emailOf: (id: string) => string | undefined
  },
): TransferTarget | null {
  if (!owner) return null
  if (owner.type === 'team') {
    const team = context.teams?.find((t) => t.id === owner.id)
    return team ? { owner: team.name, label: `${team.name} (team)`, kind: 'team' } : null
  }
  const email = context.account?.id === owner.id ? context.account.email : context.emailOf(owner.id)
  return email ? { owner: email, label: email, kind: 'user' } : null
}

/**
 * Why an app cannot simply be given to `target`, or null. A person's own app given to another
 * person needs that person's consent, which Heroku asks for by email: the CLI starts it.
 */
export function transferProblem(
  app: { name: string; owner: { email: string } | null },
  target: TransferTarget,
): string | null {
  const personal = app.owner !== null && !app.owner.email.endsWith('@herokumanager.com')
  if (target.kind !== 'user' || !personal) return null
  const owner = app.owner?.email ?? 'its owner'
  return `${app.name} is ${owner}'s own app: ${owner} can start its transfer with heroku apps:transfer ${target.owner} -a ${app.name}, and Heroku then asks ${target.owner} to accept it.`
}
