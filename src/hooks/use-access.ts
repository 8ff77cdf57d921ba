import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { accessQueries } from '@/api/access'
import { accountQueries, teamQueries } from '@/api/account'
import type { App } from '@/api/apps'
import {
  accessBlocker,
  accessOf,
  NEEDED,
  pipelineBlocker,
  planAccess,
  type Access,
} from '@/lib/access'

/**
 * Who the person is and their role in each team: read once for every screen (the header reads
 * them too), so each use below costs no request of its own.
 */
function usePerson() {
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  const id = account.data?.id
  const email = account.data?.email ?? ''
  return { id, email, teams: teams.data, plan: (app?: App) => planAccess(app, id, teams.data) }
}

/**
 * What the person may do on one app. A card asks for its own record only when the role leaves
 * it open (a member's grants; someone else's personal app), so a team admin's board asks nothing
 * more for the team's apps.
 */
export function useAppAccess(app: App | undefined): Access {
  const person = usePerson()
  const plan = person.plan(app)
  const record = useQuery({
    ...accessQueries.ofApp(app ?? { id: '' }, person.email),
    enabled: plan.kind === 'ask' && person.email !== '',
  })
  return accessOf(plan, app, record.data)
}

/**
 * The chosen targets of a promotion the person may not deploy to, each with why. Past `limit`
 * records to ask for, the rest is left to the API's answer: a promotion to 500 apps does not
 * start with 500 requests.
 */
export function useDeployRefusals(apps: readonly { name: string; app?: App }[], limit = 50) {
  const person = usePerson()
  const plans = apps.map((target) => ({ target, plan: person.plan(target.app) }))
  const asked = plans.filter(({ plan }) => plan.kind === 'ask').slice(0, limit)
  const records = useQueries({
    queries: asked.map(({ target }) => ({
      ...accessQueries.ofApp(target.app ?? { id: '' }, person.email),
      enabled: person.email !== '',
    })),
  })
  const answered = new Map(asked.map(({ target }, index) => [target, records[index]?.data]))
  return plans.flatMap(({ target, plan }) => {
    const access = accessOf(plan, target.app, answered.get(target))
    const reason = accessBlocker(access, NEEDED.promoteTo, target.name, 'promote to it')
    return reason ? [{ name: target.name, reason }] : []
  })
}

/** Why the person may not rename, delete or add apps to this pipeline, or null. */
export function usePipelineBlocker(owner: { id: string; type: string } | null): string | null {
  const person = usePerson()
  return pipelineBlocker(owner, person.id, person.teams)
}

/**
 * Why the person may not add this app to a pipeline (it needs `manage` on the app), asked at the
 * moment of choosing: at most one request, none where the role settles it. Null when they may,
 * or when it cannot be known (the API then decides).
 */
export function useCouplingCheck() {
  const queryClient = useQueryClient()
  const person = usePerson()
  return async (app: App): Promise<string | null> => {
    const plan = person.plan(app)
    const record =
      plan.kind === 'ask' && person.email !== ''
        ? await queryClient
            .fetchQuery(accessQueries.ofApp(app, person.email))
            .catch(() => undefined)
        : undefined
    return accessBlocker(accessOf(plan, app, record), NEEDED.add, app.name, 'add it to a pipeline')
  }
}
