/** The contract test's cases for releases, slugs, review apps, CI, sources, app setups and promotions. */
import { caseHelpers, type ContractCase } from './contract-cases'
import { api, body, type MockServer } from './heroku-client'
import { TIMINGS } from './support'

export function releaseCases(mock: MockServer): ContractCase[] {
  const { clock, appId, pipelineId } = mock
  const { state, releaseOf, slugOf, firstReviewAppId, promote, get, getting } = caseHelpers(mock)
  const firstTestRunId = () => Object.keys(state().testRuns)[0] ?? ''
  /** A run of billing-api's main, as `heroku ci:rerun` asks for one. */
  const newTestRun = () => {
    const sha = state().branches['northwind/billing-api']?.main ?? ''
    return {
      pipeline: pipelineId('billing-api'),
      commit_branch: 'main',
      commit_sha: sha,
      commit_message: 'Run again',
      source_blob_url: `https://kolkrabbi.heroku.com/github/repos/northwind/billing-api/tarball/${sha}`,
    }
  }
  /** A staging app for billing-api from its main, as `heroku pipelines:setup` asks for one. */
  const newAppSetup = (name: string) => ({
    app: { name, personal: true },
    pipeline_coupling: { pipeline: pipelineId('billing-api'), stage: 'staging' },
    source_blob: {
      url: `https://release-output.heroku.com/github-archives/northwind/billing-api/${state().branches['northwind/billing-api']?.main ?? ''}.tar.gz`,
    },
  })
  return [
    {
      route: 'GET /apps/:app/releases',
      schema: 'release',
      list: true,
      request: get('/apps/storefront-staging/releases'),
    },
    {
      route: 'GET /apps/:app/releases/:release',
      schema: 'release',
      request: get('/apps/billing-api/releases/1'),
    },
    getting(
      'GET /apps/:app/releases/:release',
      'release',
      () => `/apps/billing-api/releases/${releaseOf('billing-api', 7)}`,
    ),
    {
      route: 'POST /apps/:app/releases',
      schema: 'release',
      status: 201,
      request: () => {
        const slug = slugOf('billing-api-staging')
        return { path: '/apps/billing-api-staging/releases', method: 'POST', body: { slug } }
      },
    },
    {
      route: 'POST /apps/:app/releases',
      schema: 'release',
      status: 201,
      request: () => ({
        path: '/apps/billing-api/releases',
        method: 'POST',
        body: { release: releaseOf('billing-api', 6) },
      }),
    },
    getting(
      'GET /apps/:app/slugs/:slug',
      'slug',
      () => `/apps/billing-api/slugs/${slugOf('billing-api')}`,
    ),
    getting(
      'GET /pipelines/:id/latest-releases',
      'release',
      () => `/pipelines/${pipelineId('billing-api')}/latest-releases`,
      true,
    ),
    getting(
      'GET /pipelines/:id/review-apps',
      'review-app',
      () => `/pipelines/${pipelineId('billing-api')}/review-apps`,
      true,
    ),
    getting('GET /review-apps/:id', 'review-app', () => `/review-apps/${firstReviewAppId()}`),
    {
      route: 'GET /apps/:app/review-app',
      schema: 'review-app',
      request: get('/apps/billing-api-pr-142/review-app'),
    },
    {
      route: 'POST /review-apps',
      schema: 'review-app',
      status: 201,
      request: () => ({
        path: '/review-apps',
        method: 'POST',
        body: {
          pipeline: pipelineId('billing-api'),
          branch: 'spike/usage-metering',
          source_blob: { url: 'resolve', version: null },
        },
      }),
    },
    {
      route: 'GET /review-apps/:id',
      schema: 'review-app',
      request: async () => {
        const response = await api('/review-apps', {
          method: 'POST',
          body: {
            pipeline: pipelineId('billing-api'),
            branch: 'spike/usage-metering',
            source_blob: { url: 'resolve', version: null },
          },
        })
        const { id } = await body<{ id: string }>(response)
        clock.advance(3 * TIMINGS.reviewAppStep) // created: its app exists
        return { path: `/review-apps/${id}` }
      },
    },
    {
      route: 'DELETE /review-apps/:id',
      schema: 'review-app',
      request: () => ({ path: `/review-apps/${firstReviewAppId()}`, method: 'DELETE' }),
    },
    getting(
      'GET /pipelines/:id/test-runs',
      'test-run',
      () => `/pipelines/${pipelineId('billing-api')}/test-runs`,
      true,
    ),
    getting(
      'GET /pipelines/:id/test-runs/:number',
      'test-run',
      () => `/pipelines/${pipelineId('billing-api')}/test-runs/1`,
    ),
    getting('GET /test-runs/:id', 'test-run', () => `/test-runs/${firstTestRunId()}`),
    getting(
      'GET /test-runs/:id/test-nodes',
      'test-node',
      () => `/test-runs/${firstTestRunId()}/test-nodes`,
      true,
    ),
    {
      route: 'POST /test-runs',
      schema: 'test-run',
      status: 201,
      request: () => ({ path: '/test-runs', method: 'POST', body: newTestRun() }),
    },
    {
      route: 'PATCH /test-runs/:number',
      schema: 'test-run',
      request: async () => {
        const { number } = await body<{ number: number }>(
          await api('/test-runs', { method: 'POST', body: newTestRun() }),
        )
        return {
          path: `/test-runs/${number}`,
          method: 'PATCH',
          body: { status: 'cancelled', message: 'Cancelled from the contract test.' },
        }
      },
    },
    {
      route: 'POST /sources',
      schema: 'source',
      status: 201,
      request: () => ({ path: '/sources', method: 'POST' }),
    },
    {
      route: 'POST /app-setups',
      schema: 'app-setup',
      status: 201,
      request: () => ({
        path: '/app-setups',
        method: 'POST',
        body: newAppSetup('contract-setup-1'),
      }),
    },
    {
      route: 'GET /app-setups/:id',
      schema: 'app-setup',
      request: async () => {
        const response = await api('/app-setups', {
          method: 'POST',
          body: newAppSetup('contract-setup-2'),
        })
        const { id } = await body<{ id: string }>(response)
        clock.advance(3 * TIMINGS.reviewAppStep) // built
        return { path: `/app-setups/${id}` }
      },
    },
    {
      route: 'POST /pipeline-promotions',
      schema: 'pipeline-promotion',
      status: 201,
      request: () => ({
        path: '/pipeline-promotions',
        method: 'POST',
        body: {
          pipeline: { id: pipelineId('billing-api') },
          source: { app: { id: appId('billing-api-staging') } },
          targets: [{ app: { id: appId('billing-api') } }],
        },
      }),
    },
    {
      route: 'GET /pipeline-promotions/:id',
      schema: 'pipeline-promotion',
      request: async () => {
        const id = await promote(['billing-api', 'billing-api-eu'])
        clock.advance(2 * TIMINGS.promotionStep + TIMINGS.releasePhase) // completed, updated_at set
        return { path: `/pipeline-promotions/${id}` }
      },
    },
    {
      route: 'GET /pipeline-promotions/:id/promotion-targets',
      schema: 'pipeline-promotion-target',
      list: true,
      request: async () => ({
        path: `/pipeline-promotions/${await promote(['billing-api'])}/promotion-targets`,
      }),
    },
    {
      route: 'GET /pipeline-promotions/:id/promotion-targets',
      schema: 'pipeline-promotion-target',
      list: true,
      request: async () => {
        const id = await promote(['billing-api', 'billing-api-eu']) // one succeeds, one fails
        clock.advance(2 * TIMINGS.promotionStep + TIMINGS.releasePhase)
        return { path: `/pipeline-promotions/${id}/promotion-targets` }
      },
    },
  ]
}
