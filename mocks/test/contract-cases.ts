/** The contract test's cases: one request per case, naming the route it exercises. */
import { couplingOfApp } from '../platform/pipelines'
import { appReleases, currentRelease } from '../platform/releases'
import { api, body, type ApiInit, type MockServer } from './heroku-client'

export interface ContractCase {
  route: string
  schema: string
  list?: boolean
  status?: number
  request: () => CaseRequest | Promise<CaseRequest>
}

type CaseRequest = ApiInit & { path: string }

const CONFIG_VARS = 'pipeline-config-var/definitions/config_vars'

/** Shared by both case tables: the demo's ids, read when a case runs, and short request forms. */
export function caseHelpers({ backend, appId, pipelineId }: MockServer) {
  const state = () => backend.platform.state
  const couplingId = (app: string) => couplingOfApp(backend.platform, appId(app))?.id ?? ''
  const releaseOf = (app: string, version: number) =>
    appReleases(backend.platform, appId(app)).find((r) => r.version === version)?.id ?? ''
  const slugOf = (app: string) => currentRelease(backend.platform, appId(app))?.slugId
  const firstReviewAppId = () => Object.keys(state().reviewApps)[0] ?? ''

  async function promote(targets: string[]) {
    const response = await api('/pipeline-promotions', {
      method: 'POST',
      body: {
        pipeline: { id: pipelineId('billing-api') },
        source: { app: { id: appId('billing-api-staging') } },
        targets: targets.map((name) => ({ app: { id: appId(name) } })),
      },
    })
    return (await body<{ id: string }>(response)).id
  }

  const get = (path: string) => () => ({ path })
  /** A GET case whose path needs the demo's ids, read when the case runs. */
  const getting = (route: string, schema: string, path: () => string, list = false) => ({
    route,
    schema,
    list,
    request: () => ({ path: path() }),
  })

  return { state, couplingId, releaseOf, slugOf, firstReviewAppId, promote, get, getting }
}

/** Account, teams, pipelines, couplings and apps. */
export function platformCases(mock: MockServer): ContractCase[] {
  const { pipelineId } = mock
  const { state, couplingId, get, getting } = caseHelpers(mock)
  return [
    { route: 'GET /account', schema: 'account', request: get('/account') },
    {
      route: 'GET /account/rate-limits',
      schema: 'rate-limit',
      request: get('/account/rate-limits'),
    },
    { route: 'GET /users/:identity', schema: 'account', request: get('/users/~') },
    {
      route: 'GET /users/:identity',
      schema: 'account',
      request: get('/users/marcus@northwind.dev'),
    },
    { route: 'GET /teams', schema: 'team', list: true, request: get('/teams') },
    { route: 'GET /teams/:identity', schema: 'team', request: get('/teams/northwind') },
    {
      route: 'GET /teams/permissions',
      schema: 'team-app-permission',
      list: true,
      request: get('/teams/permissions'),
    },
    {
      route: 'GET /teams/:team/members',
      schema: 'team-member',
      list: true,
      request: get('/teams/northwind/members'),
    },
    {
      route: 'GET /teams/apps/:app/collaborators',
      schema: 'team-app-collaborator',
      list: true,
      request: get('/teams/apps/billing-api-dev/collaborators'),
    },
    {
      route: 'GET /teams/apps/:app/collaborators/:collaborator',
      schema: 'team-app-collaborator',
      request: get('/teams/apps/billing-api-dev/collaborators/marcus@northwind.dev'),
    },
    {
      route: 'GET /apps/:app/collaborators',
      schema: 'collaborator',
      list: true,
      request: get('/apps/storefront-dev/collaborators'),
    },
    {
      route: 'GET /apps/:app/collaborators/:collaborator',
      schema: 'collaborator',
      request: get('/apps/storefront-dev/collaborators/ada@northwind.dev'),
    },
    { route: 'GET /pipelines', schema: 'pipeline', list: true, request: get('/pipelines') },
    {
      route: 'GET /pipelines/:identity',
      schema: 'pipeline',
      request: get('/pipelines/legacy-reports'),
    },
    {
      route: 'POST /pipelines',
      schema: 'pipeline',
      status: 201,
      request: () => ({ path: '/pipelines', method: 'POST', body: { name: 'new-pipeline' } }),
    },
    {
      route: 'PATCH /pipelines/:id',
      schema: 'pipeline',
      request: () => ({
        path: `/pipelines/${pipelineId('storefront')}`,
        method: 'PATCH',
        body: { name: 'shop' },
      }),
    },
    {
      route: 'DELETE /pipelines/:id',
      schema: 'pipeline',
      request: () => ({ path: `/pipelines/${pipelineId('storefront')}`, method: 'DELETE' }),
    },
    {
      route: 'POST /pipeline-transfers',
      schema: 'pipeline-transfer',
      status: 201,
      request: () => ({
        path: '/pipeline-transfers',
        method: 'POST',
        body: {
          pipeline: { id: pipelineId('marketing-site') },
          new_owner: {
            id: Object.values(state().teams).find((team) => team.name === 'northwind')?.id,
            type: 'team',
          },
        },
      }),
    },
    {
      route: 'GET /pipeline-couplings',
      schema: 'pipeline-coupling',
      list: true,
      request: get('/pipeline-couplings'),
    },
    getting(
      'GET /pipelines/:id/pipeline-couplings',
      'pipeline-coupling',
      () => `/pipelines/${pipelineId('billing-api')}/pipeline-couplings`,
      true,
    ),
    {
      route: 'GET /apps/:app/pipeline-couplings',
      schema: 'pipeline-coupling',
      request: get('/apps/billing-api/pipeline-couplings'),
    },
    getting(
      'GET /pipeline-couplings/:id',
      'pipeline-coupling',
      () => `/pipeline-couplings/${couplingId('storefront-dev')}`,
    ),
    {
      route: 'POST /pipeline-couplings',
      schema: 'pipeline-coupling',
      status: 201,
      request: () => ({
        path: '/pipeline-couplings',
        method: 'POST',
        body: {
          app: 'mobile-gateway-staging',
          pipeline: pipelineId('mobile-gateway'),
          stage: 'staging',
        },
      }),
    },
    {
      route: 'PATCH /pipeline-couplings/:id',
      schema: 'pipeline-coupling',
      request: () => ({
        path: `/pipeline-couplings/${couplingId('billing-api-dev')}`,
        method: 'PATCH',
        body: { stage: 'staging' },
      }),
    },
    {
      route: 'DELETE /pipeline-couplings/:id',
      schema: 'pipeline-coupling',
      request: () => ({
        path: `/pipeline-couplings/${couplingId('billing-api-dev')}`,
        method: 'DELETE',
      }),
    },
    { route: 'GET /apps', schema: 'app', list: true, request: get('/apps') },
    { route: 'GET /apps/:app', schema: 'app', request: get('/apps/billing-api-eu') },
    {
      route: 'POST /filters/apps',
      schema: 'team-app',
      list: true,
      request: () => ({
        path: '/filters/apps',
        method: 'POST',
        body: { in: { id: Object.keys(state().apps) } },
      }),
    },
    {
      route: 'PATCH /teams/apps/:app',
      schema: 'team-app',
      // Marcus's storefront-dev, given to the team that owns its pipeline, as Ada (a collaborator
      // with manage, and northwind's admin).
      request: () => ({
        path: '/teams/apps/storefront-dev',
        method: 'PATCH',
        body: { owner: 'northwind' },
      }),
    },
    {
      route: 'GET /apps/:app/formation',
      schema: 'formation',
      list: true,
      request: get('/apps/billing-api/formation'),
    },
    // Held to the links' `targetSchema` (the map of names to values): the definition itself
    // names one literal property, `["NAME"]: ["value"]`, that no answer of Heroku's has.
    {
      route: 'PATCH /pipelines/:id/stage/:stage/config-vars',
      schema: CONFIG_VARS,
      request: () => ({
        path: `/pipelines/${pipelineId('billing-api')}/stage/test/config-vars`,
        method: 'PATCH',
        body: { DATABASE_URL: 'postgres://localhost/test', OLD: null },
      }),
    },
    getting(
      'GET /pipelines/:id/stage/:stage/config-vars',
      CONFIG_VARS,
      () => `/pipelines/${pipelineId('billing-api')}/stage/test/config-vars`,
    ),
    getting(
      'GET /pipelines/:id/review-app-config',
      'review-app-config',
      () => `/pipelines/${pipelineId('billing-api')}/review-app-config`,
    ),
    {
      route: 'PATCH /pipelines/:id/review-app-config',
      schema: 'review-app-config',
      request: () => ({
        path: `/pipelines/${pipelineId('billing-api')}/review-app-config`,
        method: 'PATCH',
        body: { automatic_review_apps: true, stale_days: 7 },
      }),
    },
    {
      route: 'DELETE /pipelines/:id/review-app-config',
      schema: 'review-app-config',
      request: () => ({
        path: `/pipelines/${pipelineId('billing-api')}/review-app-config`,
        method: 'DELETE',
      }),
    },
    {
      // storefront is connected to its repository and has no review apps yet.
      route: 'POST /pipelines/:id/review-app-config',
      schema: 'review-app-config',
      status: 201,
      request: () => ({
        path: `/pipelines/${pipelineId('storefront')}/review-app-config`,
        method: 'POST',
        body: { repo: 'northwind/storefront', automatic_review_apps: true },
      }),
    },
    {
      route: 'GET /users/:identity/apps',
      schema: 'app',
      list: true,
      request: get('/users/~/apps'),
    },
    {
      route: 'GET /teams/:team/apps',
      schema: 'team-app',
      list: true,
      request: get('/teams/northwind/apps'),
    },
    {
      route: 'GET /apps/:app/dynos',
      schema: 'dyno',
      list: true,
      request: get('/apps/billing-api/dynos'),
    },
    {
      route: 'GET /apps/:app/dynos/:dyno',
      schema: 'dyno',
      request: get('/apps/billing-api/dynos/web.1'),
    },
    {
      route: 'GET /apps/:app/addons',
      schema: 'add-on',
      list: true,
      request: get('/apps/billing-api/addons'),
    },
    {
      route: 'GET /apps/:app/config-vars',
      schema: 'config-var',
      request: get('/apps/billing-api-staging/config-vars'),
    },
    {
      route: 'GET /apps/:app/releases/:release/config-vars',
      schema: 'config-var',
      request: get('/apps/billing-api-staging/releases/3/config-vars'),
    },
  ]
}
