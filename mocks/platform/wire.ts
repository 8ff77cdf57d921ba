/**
 * Records -> Heroku's documented response shapes (mocks/heroku-schema.json). Every property the
 * schema declares is present; the contract test holds this file to that.
 */
import { githubLinkOf, repoId } from './connections'
import { seededBy } from './random'
import { releasePhaseRun } from './release-output'
import { currentRelease, isEligibleForRollback } from './releases'
import type { Platform } from './store'
import type {
  AppRecord,
  AppSetupRecord,
  CouplingRecord,
  FormationRecord,
  PipelineRecord,
  PromotionRecord,
  PromotionTargetRecord,
  ReleaseRecord,
  ReviewAppConfigRecord,
  ReviewAppRecord,
  SlugRecord,
  TeamMemberRecord,
  TeamRecord,
  TeamRole,
  TestRunRecord,
  UserRecord,
  AppPermission,
} from './types'

// Fixed ids for the platform's catalogue entries (stacks, regions, generations).
const CEDAR = { id: '7a1c0bd5-5e0a-4a4e-9f32-6a6a9d6bbf10', name: 'cedar' }
const STACKS: Record<string, string> = { 'heroku-24': 'ae2b5c24-3b9f-4c8e-9a57-2f1b4e0c7d24' }
const REGIONS = {
  us: { id: '59accabd-516d-4f0e-83e6-6e3757701145', name: 'us' },
  eu: { id: 'ed30241c-ed8c-4bb6-9714-61953675d0b4', name: 'eu' },
}

const stack = (name: string) => ({ id: STACKS[name] ?? STACKS['heroku-24'], name })

/** A stable 12-hex suffix per app, like Heroku's `name-1a2b3c4d5e6f.herokuapp.com`. */
function webUrl(app: AppRecord) {
  return `https://${app.name}-${app.id.replace(/-/g, '').slice(0, 12)}.herokuapp.com/`
}

function slugSize(platform: Platform, app: AppRecord) {
  const slugId = currentRelease(platform, app.id)?.slugId
  return slugId ? (platform.state.slugs[slugId]?.size ?? null) : null
}

const appCommon = (platform: Platform, app: AppRecord) => ({
  archived_at: null,
  build_stack: stack(app.stack),
  buildpack_provided_description: 'Node.js',
  created_at: app.created_at,
  git_url: `https://git.heroku.com/${app.name}.git`,
  id: app.id,
  internal_routing: false,
  maintenance: app.maintenance,
  name: app.name,
  owner: app.owner,
  region: REGIONS[app.region],
  released_at: app.released_at,
  repo_size: null,
  slug_size: slugSize(platform, app),
  space: null,
  stack: stack(app.stack),
  updated_at: app.updated_at,
  web_url: webUrl(app),
})

export const toApp = (platform: Platform, app: AppRecord) => ({
  ...appCommon(platform, app),
  acm: false,
  generation: CEDAR,
  organization: app.team,
  team: app.team,
})

/** The team-app shape `POST /filters/apps` answers with. */
export const toTeamApp = (platform: Platform, app: AppRecord) => ({
  ...appCommon(platform, app),
  joined: false,
  locked: false,
  team: app.team ? { name: app.team.name } : null,
})

export const toPipeline = (pipeline: PipelineRecord) => ({
  created_at: pipeline.created_at,
  generation: CEDAR,
  id: pipeline.id,
  name: pipeline.name,
  owner: pipeline.owner,
  updated_at: pipeline.updated_at,
})

/** Heroku's coupling responses carry the pipeline's name too (Dev Center's example; the CLI uses it). */
export const toCoupling = (platform: Platform, coupling: CouplingRecord) => ({
  app: { id: coupling.appId },
  created_at: coupling.created_at,
  id: coupling.id,
  pipeline: {
    id: coupling.pipelineId,
    name: platform.state.pipelines[coupling.pipelineId]?.name ?? '',
  },
  stage: coupling.stage,
  updated_at: coupling.updated_at,
})

export const toRelease = (platform: Platform, release: ReleaseRecord) => {
  const app = platform.state.apps[release.appId]
  return {
    addon_plan_names: release.addon_plan_names,
    app: { id: release.appId, name: app?.name ?? '' },
    artifacts: release.slugId ? [{ id: release.slugId, type: 'slug' }] : [],
    created_at: release.created_at,
    current: currentRelease(platform, release.appId)?.id === release.id,
    description: release.description,
    eligible_for_rollback: isEligibleForRollback(release),
    id: release.id,
    output_stream_url: releasePhaseRun(platform, release)
      ? `${platform.outputOrigin}/streams/${release.id}`
      : null,
    slug: release.slugId ? { id: release.slugId } : null,
    status: release.status,
    updated_at: release.updated_at,
    user: release.user,
    version: release.version,
  }
}

export const toSlug = (slug: SlugRecord) => ({
  blob: { method: 'get', url: `https://slugs.example.invalid/${slug.id}.tgz` },
  buildpack_provided_description: slug.buildpack_provided_description,
  checksum: null,
  commit: slug.commit,
  commit_description: slug.commit_description,
  created_at: slug.created_at,
  deleted_at: null,
  id: slug.id,
  process_types: slug.process_types,
  size: slug.size,
  stack: stack('heroku-24'),
  updated_at: slug.created_at,
})

export const toFormation = (platform: Platform, formation: FormationRecord) => ({
  app: { id: formation.appId, name: platform.state.apps[formation.appId]?.name ?? '' },
  command: formation.command,
  created_at: formation.created_at,
  dyno_size: { id: dynoSizeId(formation.size), name: formation.size },
  id: formation.id,
  quantity: formation.quantity,
  size: formation.size,
  type: formation.type,
  updated_at: formation.updated_at,
})

const DYNO_SIZE_IDS: Record<string, string> = {
  Eco: 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a01',
  Basic: 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a02',
  'Standard-1X': 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a03',
  'Standard-2X': 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a04',
  'Performance-M': 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a05',
}
const dynoSizeId = (name: string) => DYNO_SIZE_IDS[name] ?? 'a1b3b3e0-0f8e-4c1a-9d5e-0c2f1b7e9a00'

/** Kolkrabbi's answer for a pipeline's repository (REFERENCE §3.3: `{repository: {name}}`). */
export const toPipelineRepository = (repo: string, ci: boolean) => ({
  repository: { id: repoId(repo), name: repo, type: 'github' },
  ci,
})

export const toReviewAppConfig = (config: ReviewAppConfigRecord) => ({
  repo: { id: repoId(config.repo) },
  automatic_review_apps: config.automatic_review_apps,
  deploy_target: config.deploy_target,
  destroy_stale_apps: config.destroy_stale_apps,
  stale_days: config.stale_days,
  pipeline_id: config.pipelineId,
  wait_for_ci: config.wait_for_ci,
  base_name: config.base_name,
})

export const toReviewApp = (reviewApp: ReviewAppRecord) => ({
  app: reviewApp.appId ? { id: reviewApp.appId } : null,
  app_setup: null,
  branch: reviewApp.branch,
  created_at: reviewApp.created_at,
  creator: { id: reviewApp.creatorId },
  error_status: reviewApp.error_status,
  fork_repo: null,
  id: reviewApp.id,
  message: reviewApp.message,
  pipeline: { id: reviewApp.pipelineId },
  pr_number: reviewApp.pr_number,
  status: reviewApp.status,
  updated_at: reviewApp.updated_at,
  wait_for_ci: false,
})

export const toPromotion = (promotion: PromotionRecord) => ({
  created_at: promotion.created_at,
  id: promotion.id,
  pipeline: { id: promotion.pipelineId },
  source: { app: { id: promotion.sourceAppId }, release: { id: promotion.sourceReleaseId } },
  status: promotion.status,
  updated_at: promotion.updated_at,
})

export const toPromotionTarget = (target: PromotionTargetRecord) => ({
  app: { id: target.appId },
  error_message: target.error_message,
  id: target.id,
  pipeline_promotion: { id: target.promotionId },
  release: target.releaseId ? { id: target.releaseId } : null,
  status: target.status,
})

/** A team as its caller sees it: `role` is the caller's own. */
export const toTeam = (team: TeamRecord, role: TeamRole | null) => ({
  created_at: team.created_at,
  credit_card_collections: false,
  default: false,
  enterprise_account: null,
  id: team.id,
  identity_provider: null,
  membership_limit: null,
  name: team.name,
  provisioned_licenses: false,
  role,
  type: 'team',
  updated_at: team.updated_at,
})

export const toAccount = (user: UserRecord) => ({
  allow_tracking: false,
  beta: false,
  country_of_residence: null,
  created_at: user.created_at,
  default_organization: null,
  default_team: null,
  delinquent_at: null,
  email: user.email,
  federated: false,
  id: user.id,
  identity_provider: null,
  last_login: user.created_at,
  name: user.name,
  sms_number: null,
  suspended_at: null,
  two_factor_authentication: true,
  updated_at: user.created_at,
  verified: true,
})

/** Kolkrabbi's `GET /apps/{id}/github`: which repository an app deploys from. */
/** What each app permission allows, in the words of Heroku's `GET /teams/permissions`. */
export const PERMISSION_DESCRIPTIONS: Record<AppPermission, string> = {
  view: 'Can view the app, its activity, releases, dynos and add-ons',
  deploy: 'Can push code, roll back releases, and view and edit config vars',
  operate: 'Can restart, scale and resize dynos and turn maintenance mode on and off',
  manage: 'Can rename, transfer and lock the app, and change who has access to it',
}

export const toPermission = (name: AppPermission) => ({
  description: PERMISSION_DESCRIPTIONS[name],
  name,
})

export const toTeamMember = (member: TeamMemberRecord, user: UserRecord) => ({
  created_at: member.created_at,
  email: user.email,
  federated: false,
  id: member.id,
  identity_provider: null,
  role: member.role,
  two_factor_authentication: true,
  updated_at: member.updated_at,
  user: { email: user.email, id: user.id, name: user.name },
})

/**
 * `team-app-collaborator`: someone's access to one app. `role` is their role in the app's team
 * (`collaborator` from outside it); `permissions`, what they may do there, `view` always among them.
 */
export const toTeamAppCollaborator = (input: {
  id: string
  app: AppRecord
  user: UserRecord
  role: TeamRole | 'collaborator'
  permissions: AppPermission[]
  created_at: string
  updated_at: string
}) => ({
  app: { id: input.app.id, name: input.app.name },
  created_at: input.created_at,
  id: input.id,
  permissions: input.permissions.map(toPermission),
  role: input.role,
  updated_at: input.updated_at,
  user: { email: input.user.email, federated: false, id: input.user.id },
})

/** A run's one test node: its id worked out from the run's, so it stays the same. */
export const testNodeId = (run: TestRunRecord) => seededBy(run.id, 'test-node').uuid()

export const toTestRun = (platform: Platform, run: TestRunRecord) => {
  const user = platform.state.users[run.userId]
  const pipeline = platform.state.pipelines[run.pipelineId]
  const team = pipeline?.owner?.type === 'team' ? platform.state.teams[pipeline.owner.id] : null
  return {
    actor_email: user?.email ?? '',
    app_setup: null,
    clear_cache: false,
    commit_branch: run.commit_branch,
    commit_message: run.commit_message,
    commit_sha: run.commit_sha,
    created_at: run.created_at,
    debug: false,
    dyno: { size: 'performance-m' },
    id: run.id,
    message: run.message,
    number: run.number,
    organization: team ? { name: team.name } : null,
    pipeline: { id: run.pipelineId },
    source_blob_url: run.source_blob_url,
    status: run.status,
    updated_at: run.updated_at,
    user: user ? toAccount(user) : null,
    warning_message: null,
  }
}

export const toTestNode = (platform: Platform, run: TestRunRecord) => {
  const id = testNodeId(run)
  const ended = run.status === 'succeeded' || run.status === 'failed'
  return {
    created_at: run.created_at,
    dyno: null,
    error_status: null,
    exit_code: ended ? (run.status === 'succeeded' ? 0 : 1) : null,
    id,
    index: 0,
    message: run.message,
    output_stream_url: `${platform.secureOutputOrigin}/test-nodes/${id}/output`,
    pipeline: { id: run.pipelineId },
    setup_stream_url: `${platform.secureOutputOrigin}/test-nodes/${id}/setup`,
    status: run.status,
    test_run: { id: run.id },
    updated_at: run.updated_at,
  }
}

export const toAppSetup = (platform: Platform, setup: AppSetupRecord) => ({
  id: setup.id,
  created_at: setup.created_at,
  updated_at: setup.updated_at,
  status: setup.status,
  failure_message: setup.failure_message,
  app: { id: setup.appId, name: platform.state.apps[setup.appId]?.name ?? setup.appName },
  // The mock keeps no build of its own for a setup, nor reads an app.json (./app-setups.ts).
  build: null,
  manifest_errors: [],
  postdeploy: null,
  resolved_success_url: null,
})

/** Kolkrabbi's link of an app to GitHub (`GET|PATCH /apps/{app}/github`). */
export function toGithubLink(platform: Platform, app: AppRecord) {
  return {
    app: { id: app.id },
    repo: app.repo,
    ...githubLinkOf(platform, app),
    // Kolkrabbi's pull-request settings are the legacy review apps', replaced by the pipeline's
    // review-app config: the mock answers them off and keeps nothing of them.
    pull_requests: { enabled: false, auto_deploy: false, auto_destroy: false },
  }
}
