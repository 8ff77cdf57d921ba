import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { accessQueries } from '@/api/access'
import { accountQueries, teamQueries } from '@/api/account'
import type { App } from '@/api/apps'
import {
  accessBlocker,
  accessFromRecord,
  NEEDED,
  pipelineBlocker,
  planAccess,
  UNKNOWN,
  type Access,
} from '@/lib/access'

/**
 * What the person may do on one app. The account and its teams (with the person's role in each)
 * are read once for every screen; a card asks for its own record only when the role leaves it
 * open (a member's grants; someone else's personal app), so a team admin's board asks nothing
 * more for the team's apps.
 */
export function useAppAccess(app: App | undefined): Access {
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  const plan = planAccess(app, account.data?.id, teams.data)
  const email = account.data?.email ?? ''
  const record = useQuery({
    ...accessQueries.ofApp(app ?? { id: '' }, email),
    enabled: plan.kind === 'ask' && email !== '',
  })
  if (plan.kind === 'settled') return plan.access
  if (plan.kind === 'ask' && app && record.isSuccess) return accessFromRecord(app, record.data)
  return UNKNOWN
}

/**
 * The chosen targets of a promotion the person may not deploy to, each with why. Past `limit`
 * records to ask for, the rest is left to the API's answer: a promotion to 500 apps does not
 * start with 500 requests.
 */
export function useDeployRefusals(apps: readonly { name: string; app?: App }[], limit = 50) {
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  const email = account.data?.email ?? ''
  const plans = apps.map((target) => ({
    target,
    plan: planAccess(target.app, account.data?.id, teams.data),
  }))
  const asked = plans.filter(({ plan }) => plan.kind === 'ask').slice(0, limit)
  const records = useQueries({
    queries: asked.map(({ target }) => ({
      ...accessQueries.ofApp(target.app ?? { id: '' }, email),
      enabled: email !== '',
    })),
  })
  const answered = new Map(asked.map(({ target }, index) => [target, records[index]?.data]))
  return plans.flatMap(({ target, plan }) => {
    let access: Access = UNKNOWN
    if (plan.kind === 'settled') access = plan.access
    const record = answered.get(target)
    if (plan.kind === 'ask' && target.app && record !== undefined) {
      access = accessFromRecord(target.app, record)
    }
    const reason = accessBlocker(access, NEEDED.promoteTo, target.name, 'promote to it')
    return reason ? [{ name: target.name, reason }] : []
  })
}

/** Why the person may not rename, delete or add apps to this pipeline, or null. */
export function usePipelineBlocker(owner: { id: string; type: string } | null): string | null {
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  return pipelineBlocker(owner, account.data?.id, teams.data)
}

/**
 * Why the person may not add this app to a pipeline (it needs `manage` on the app), asked at the
 * moment of choosing: at most one request, none where the role settles it. Null when they may,
 * or when it cannot be known (the API then decides).
 */
export function useCouplingCheck() {
  const queryClient = useQueryClient()
  const account = useQuery(accountQueries.current())
  const teams = useQuery(teamQueries.all())
  return async (app: App): Promise<string | null> => {
    const plan = planAccess(app, account.data?.id, teams.data)
    let access: Access = UNKNOWN
    if (plan.kind === 'settled') access = plan.access
    if (plan.kind === 'ask' && account.data) {
      const record = await queryClient
        .fetchQuery(accessQueries.ofApp(app, account.data.email))
        .catch(() => undefined)
      if (record !== undefined) access = accessFromRecord(app, record)
    }
    return accessBlocker(access, NEEDED.add, app.name, 'add it to a pipeline')
  }
}
