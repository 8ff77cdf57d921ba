/**
 * A pipeline's link to GitHub (Kolkrabbi's `/pipelines/{id}/repository`, `heroku pipelines:connect`)
 * and its review-app settings (`/pipelines/{id}/review-app-config`, `heroku reviewapps:enable`).
 * Heroku documents the calls, not every refusal; the mock's choices are said where they are made.
 */
import { requireAppPermission, requirePipelineManager } from './access'
import { branchHead } from './branches'
import { conflict, invalidParams, notFound } from './errors'
import { seededBy } from './random'
import { findApp, requirePipeline, type Platform } from './store'
import { couplingOfApp } from './pipelines'
import type { AppGithubLinkRecord, AppRecord, PlatformState, ReviewAppConfigRecord } from './types'

/** A repository's numeric id, as GitHub gives one: the same name, the same id. */
export const repoId = (fullName: string) => 100_000_000 + seededBy(fullName).int(900_000_000)

/** `owner/name` of a known repository, from its name or numeric id; undefined if none. */
export function findRepo(state: PlatformState, identity: unknown): string | undefined {
  const names = Object.keys(state.repos)
  if (typeof identity === 'number') return names.find((name) => repoId(name) === identity)
  if (typeof identity !== 'string') return undefined
  return names.find((name) => name === identity || String(repoId(name)) === identity)
}

/**
 * Review apps as enabled unless told otherwise: by hand, stale ones kept, 5 days. The mock's
 * defaults: Heroku does not document its own.
 */
const defaultConfig = (pipelineId: string, repo: string, at: string): ReviewAppConfigRecord => ({
  pipelineId,
  repo,
  automatic_review_apps: false,
  destroy_stale_apps: false,
  stale_days: 5,
  wait_for_ci: false,
  base_name: null,
  deploy_target: null,
  created_at: at,
  updated_at: at,
})

/**
 * Fills the links a scenario or an older save does not state: each pipeline is connected to the
 * repository most of its apps deploy from, and one with review apps has them enabled, with the
 * defaults above. Draws nothing at random, so adding it changed no id of the scenarios.
 */
export function connectPipelines(state: PlatformState) {
  state.pipelineRepos ??= {}
  state.reviewAppConfigs ??= {}
  const couplings = Object.values(state.couplings)
  for (const pipeline of Object.values(state.pipelines)) {
    if (state.pipelineRepos[pipeline.id]) continue
    const counts = new Map<string, number>()
    for (const coupling of couplings) {
      if (coupling.pipelineId !== pipeline.id) continue
      const repo = state.apps[coupling.appId]?.repo
      if (repo) counts.set(repo, (counts.get(repo) ?? 0) + 1)
    }
    const repo = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
    if (!repo) continue
    state.pipelineRepos[pipeline.id] = repo
    const hasReviewApps = Object.values(state.reviewApps).some((r) => r.pipelineId === pipeline.id)
    if (hasReviewApps && !state.reviewAppConfigs[pipeline.id]) {
      state.reviewAppConfigs[pipeline.id] = defaultConfig(pipeline.id, repo, pipeline.created_at)
    }
  }
  return state
}

/** Kolkrabbi `POST /pipelines/{id}/repository {repository}`: links the pipeline to a repository. */
export function connectPipeline(platform: Platform, pipelineId: string, repository: unknown) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  requirePipelineManager(platform, pipeline)
  const repo = findRepo(platform.state, repository)
  if (!repo) throw notFound('repository')
  platform.state.pipelineRepos[pipeline.id] = repo
  platform.markDirty()
  return repo
}

/**
 * Kolkrabbi `PATCH /pipelines/{id}/repository {ci}`: Heroku CI on or off for a connected pipeline
 * (`heroku pipelines:setup`, the Settings page). Off keeps its past runs.
 */
export function setPipelineCi(platform: Platform, pipelineId: string, ci: unknown) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  requirePipelineManager(platform, pipeline)
  pipelineRepo(platform, pipeline.id)
  if (typeof ci !== 'boolean') throw invalidParams('ci must be true or false.')
  if (ci) platform.state.ciPipelines[pipeline.id] = true
  else delete platform.state.ciPipelines[pipeline.id]
  platform.markDirty()
  return ci
}

export function pipelineRepo(platform: Platform, pipelineId: string) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  const repo = platform.state.pipelineRepos[pipeline.id]
  // Kolkrabbi's answer for an unconnected pipeline is not documented: 404, as for an app.
  if (!repo) throw notFound('repository')
  return repo
}

export function requireReviewAppConfig(platform: Platform, pipelineId: string) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  const config = platform.state.reviewAppConfigs[pipeline.id]
  if (!config) throw notFound('review app config')
  return config
}

type Settings = Partial<
  Pick<
    ReviewAppConfigRecord,
    'automatic_review_apps' | 'destroy_stale_apps' | 'stale_days' | 'wait_for_ci' | 'base_name'
  >
>

/** The settings a body gives, each checked; what it leaves out is left as it is. */
function settingsOf(body: Record<string, unknown>): Settings {
  const settings: Settings = {}
  for (const flag of ['automatic_review_apps', 'destroy_stale_apps', 'wait_for_ci'] as const) {
    const value = body[flag]
    if (value === undefined || value === null) continue
    if (typeof value !== 'boolean') throw invalidParams(`${flag} must be true or false.`)
    settings[flag] = value
  }
  if (body.stale_days !== undefined && body.stale_days !== null) {
    const days = body.stale_days
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 30) {
      throw invalidParams('stale_days must be a whole number of days from 1 to 30.')
    }
    settings.stale_days = days
  }
  if (typeof body.base_name === 'string' || body.base_name === null) {
    settings.base_name = body.base_name
  }
  return settings
}

/**
 * `POST /pipelines/{id}/review-app-config`: enables review apps from the pipeline's repository.
 * The mock asks for the repository the pipeline is connected to (Heroku's dashboard enables review
 * apps only on a connected pipeline), and refuses a second enabling with 409.
 */
export function enableReviewApps(
  platform: Platform,
  pipelineId: string,
  body: Record<string, unknown>,
) {
  const pipeline = requirePipeline(platform, pipelineId, { byName: false })
  requirePipelineManager(platform, pipeline)
  const connected = platform.state.pipelineRepos[pipeline.id]
  if (!connected) {
    throw invalidParams(
      `Connect ${pipeline.name} to a GitHub repository before enabling review apps.`,
    )
  }
  if (body.repo !== undefined && findRepo(platform.state, body.repo) !== connected) {
    throw invalidParams(
      `${pipeline.name} is connected to ${connected}, not ${JSON.stringify(body.repo)}.`,
    )
  }
  if (platform.state.reviewAppConfigs[pipeline.id]) {
    throw conflict(`Review apps are already enabled for ${pipeline.name}.`)
  }
  const at = platform.timestamp()
  const config: ReviewAppConfigRecord = {
    ...defaultConfig(pipeline.id, connected, at),
    ...settingsOf(body),
  }
  platform.state.reviewAppConfigs[pipeline.id] = config
  platform.markDirty()
  return config
}

/** `PATCH`: changes the settings given. */
export function updateReviewApps(
  platform: Platform,
  pipelineId: string,
  body: Record<string, unknown>,
) {
  const config = requireReviewAppConfig(platform, pipelineId)
  requirePipelineManager(platform, requirePipeline(platform, pipelineId, { byName: false }))
  Object.assign(config, settingsOf(body), { updated_at: platform.timestamp() })
  platform.markDirty()
  return config
}

/** `DELETE`: disables review apps; the review apps there are stay until deleted. */
export function disableReviewApps(platform: Platform, pipelineId: string) {
  const config = requireReviewAppConfig(platform, pipelineId)
  requirePipelineManager(platform, requirePipeline(platform, pipelineId, { byName: false }))
  delete platform.state.reviewAppConfigs[config.pipelineId]
  platform.markDirty()
  return config
}

/**
 * How an app deploys from GitHub: as it was set, or, for an app never set, the mock's default:
 * the branch `main`, deployed on each push (without waiting for CI) while the app is in staging,
 * as the demo's staging apps were set up. On Heroku a newly connected app does not deploy by
 * itself until told to; here an app never set follows its stage until it is set once.
 */
export function githubLinkOf(platform: Platform, app: AppRecord): AppGithubLinkRecord {
  return (
    platform.state.appGithubLinks[app.id] ?? {
      branch: 'main',
      auto_deploy: couplingOfApp(platform, app.id)?.stage === 'staging',
      wait_for_ci: false,
    }
  )
}

/**
 * Kolkrabbi `PATCH /apps/{app}/github {branch?, auto_deploy?, wait_for_ci?}`: which branch an app
 * deploys from, and whether a push deploys it (after CI, if it waits). The app must deploy from
 * GitHub (404 otherwise, as `GET` answers) and the caller may deploy it. Fields not sent stay.
 */
export function updateAppGithubLink(platform: Platform, appIdentity: string, body: unknown) {
  const app = findApp(platform, appIdentity)
  if (!app?.repo) throw notFound('app')
  requireAppPermission(platform, app, 'deploy')
  const sent = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const link = { ...githubLinkOf(platform, app) }
  for (const flag of ['auto_deploy', 'wait_for_ci'] as const) {
    if (sent[flag] === undefined) continue
    if (typeof sent[flag] !== 'boolean') throw invalidParams(`${flag} must be true or false.`)
    link[flag] = sent[flag]
  }
  if (sent.branch !== undefined) {
    const branch = typeof sent.branch === 'string' ? sent.branch.trim() : ''
    if (!branchHead(platform.state, app.repo, branch)) {
      throw invalidParams(`There is no branch ${branch} in ${app.repo}.`)
    }
    link.branch = branch
  }
  platform.state.appGithubLinks[app.id] = link
  platform.markDirty()
  return app
}
