/**
 * Giving an app of a pipeline to the pipeline's owner: whom to give it to, and when Heroku needs
 * more than the call (a person's app to another person needs their consent). Apart from owners.ts,
 * which the first screen loads: only the board needs this.
 */
import type { Account, Team } from '@/api/account'
import type { PipelineOwner } from '@/api/pipelines'

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
