/**
 * The mock platform's state. Records hold what the Heroku API returns plus a few fields the real
 * platform keeps elsewhere (marked "internal"); the serializers in ./wire.ts turn them into the
 * documented response shapes. Everything here is plain JSON so it can be persisted as is.
 */

export const STAGES = ['test', 'review', 'development', 'staging', 'production'] as const
export type Stage = (typeof STAGES)[number]

export type Timestamp = string // ISO-8601 UTC, Heroku style: 2012-01-01T12:00:00Z

export interface UserRecord {
  id: string
  email: string
  name: string | null
  created_at: Timestamp
}

export interface TeamRecord {
  id: string
  name: string
  created_at: Timestamp
  updated_at: Timestamp
}

/**
 * A person's role in a team (Heroku's Enterprise Teams): an admin may do everything to the team's
 * apps; a member has `view` on every team app plus what each app grants them; a viewer only sees.
 * Heroku's published schema lists `admin, collaborator, member, owner`; its documentation
 * ("Enterprise Teams Permissions and Allowed Actions") has the viewer too, so the mock adds it.
 */
export type TeamRole = 'admin' | 'member' | 'viewer'

export interface TeamMemberRecord {
  id: string
  teamId: string
  userId: string
  role: TeamRole
  created_at: Timestamp
  updated_at: Timestamp
}

/** Heroku's app permissions, weakest first ("App Permissions and Allowed Actions"). */
export const APP_PERMISSIONS = ['view', 'deploy', 'operate', 'manage'] as const
export type AppPermission = (typeof APP_PERMISSIONS)[number]

/**
 * Someone given access to one app. On a team app it carries permissions (Heroku's
 * team-app-collaborator); on a personal app a collaborator may do what the owner may, so the
 * permissions are all four.
 */
export interface AppCollaboratorRecord {
  id: string
  appId: string
  userId: string
  permissions: AppPermission[]
  created_at: Timestamp
  updated_at: Timestamp
}

export interface ReleasePhase {
  command: string
  /** internal: how many of the next release-phase runs fail (a flaky migration, say) */
  failuresLeft: number
}

export interface AppRecord {
  id: string
  name: string
  created_at: Timestamp
  updated_at: Timestamp
  released_at: Timestamp | null
  maintenance: boolean
  owner: { id: string; email: string }
  team: { id: string; name: string } | null
  region: 'us' | 'eu'
  stack: string
  /** internal: the GitHub repository connected to the app (Kolkrabbi), `owner/name` */
  repo: string | null
  /** internal: the app's Procfile `release:` entry, if any */
  releasePhase: ReleasePhase | null
}

export interface PipelineRecord {
  id: string
  name: string
  created_at: Timestamp
  updated_at: Timestamp
  owner: { id: string; type: 'team' | 'user' } | null
}

export interface CouplingRecord {
  id: string
  appId: string
  pipelineId: string
  stage: Stage
  created_at: Timestamp
  updated_at: Timestamp
}

export interface SlugRecord {
  id: string
  appId: string
  commit: string | null
  commit_description: string | null
  buildpack_provided_description: string | null
  process_types: Record<string, string>
  size: number | null
  created_at: Timestamp
}

export type ReleaseStatus = 'pending' | 'succeeded' | 'failed' | 'expired'

export interface ReleaseRecord {
  id: string
  appId: string
  version: number
  status: ReleaseStatus
  description: string
  slugId: string | null
  user: { id: string; email: string }
  addon_plan_names: string[]
  created_at: Timestamp
  updated_at: Timestamp
  /** internal: while pending, when the release phase ends (epoch ms) and how */
  releasePhaseEndsAt: number | null
  releasePhaseOutcome: 'succeeded' | 'failed' | null
}

export interface FormationRecord {
  id: string
  appId: string
  type: string
  command: string
  quantity: number
  size: string
  created_at: Timestamp
  updated_at: Timestamp
}

export type ReviewAppStatus =
  'pending' | 'creating' | 'created' | 'deleting' | 'deleted' | 'errored'

export interface ReviewAppRecord {
  id: string
  appId: string | null
  pipelineId: string
  branch: string
  pr_number: number | null
  status: ReviewAppStatus
  message: string | null
  error_status: string | null
  creatorId: string
  created_at: Timestamp
  updated_at: Timestamp
  /**
   * internal: when a review app being made or deleted takes its next step (epoch ms); null when
   * it is not moving (the scenarios' review apps stay as they are drawn)
   */
  nextStepAt?: number | null
  /** internal: the commit it is built from, the branch's head when it was asked for */
  commit?: string | null
}

/**
 * An app setup (`POST /app-setups`, `pipelines:setup`): an app made from a source tarball. It is
 * `pending` while its app is made and built, then `succeeded` or `failed` with the build's words.
 */
export interface AppSetupRecord {
  id: string
  appId: string
  /** the app's name when it was made: the setup still names it if the app is deleted */
  appName: string
  status: 'pending' | 'succeeded' | 'failed'
  failure_message: string | null
  created_at: Timestamp
  updated_at: Timestamp
  /** internal: the commit its tarball holds, when the mock knows it (a GitHub archive's) */
  commit: string | null
  /** internal: who asked for it: the build and its release are theirs */
  creatorId: string
  /** internal: when the build ends (epoch ms); null once it has */
  doneAt: number | null
}

/**
 * What Kolkrabbi keeps of an app's link to GitHub (`PATCH /apps/{app}/github`): the branch it
 * deploys from, whether a push to it deploys, and whether that waits for Heroku CI.
 */
export interface AppGithubLinkRecord {
  branch: string
  auto_deploy: boolean
  wait_for_ci: boolean
}

/**
 * A deploy from GitHub (Heroku's automatic deploys): a push to the branch an app deploys from
 * builds and releases the pushed commit, after Heroku CI passes when the app waits for it.
 * Heroku keeps these as builds; the mock keeps what the dashboard's history and tests need.
 */
export interface AutoDeployRecord {
  id: string
  pipelineId: string
  appId: string
  branch: string
  sha: string
  /** the CI run it waits for, when the app deploys only once CI passes */
  testRunId: string | null
  /**
   * waiting for CI; building; deployed; skipped (CI did not pass); failed (the build failed,
   * or the app is gone)
   */
  status: 'waiting' | 'building' | 'deployed' | 'skipped' | 'failed'
  /** why it was skipped or failed, in words */
  message: string | null
  /** who pushed: the build and its release are theirs */
  userId: string
  created_at: Timestamp
  updated_at: Timestamp
  /** internal: when its build ends (epoch ms), once it builds */
  doneAt: number | null
}

/** A GitHub pull request of a repository, as far as review apps need one. */
export interface PullRequestRecord {
  repo: string
  number: number
  title: string
  /** the branch it asks to merge */
  branch: string
  /** the branch it asks to merge into */
  base: string
  /** its author's GitHub login */
  author: string
  state: 'open' | 'closed'
  created_at: Timestamp
  updated_at: Timestamp
}

/** A pipeline's review apps, when enabled (`/pipelines/{id}/review-app-config`). */
export interface ReviewAppConfigRecord {
  pipelineId: string
  /** the repository's `owner/name`: review apps come from its pull requests */
  repo: string
  automatic_review_apps: boolean
  destroy_stale_apps: boolean
  stale_days: number
  wait_for_ci: boolean
  base_name: string | null
  deploy_target: { id: string; type: 'region' | 'space' } | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface PromotionRecord {
  id: string
  pipelineId: string
  sourceAppId: string
  sourceReleaseId: string
  /** internal: who asked for it; the targets' releases are made in their name */
  userId: string
  status: 'pending' | 'completed'
  created_at: Timestamp
  updated_at: Timestamp | null
}

export interface PromotionTargetRecord {
  id: string
  promotionId: string
  appId: string
  releaseId: string | null
  status: 'pending' | 'succeeded' | 'failed'
  error_message: string | null
  /** internal: when the platform gets to this target and creates its release (epoch ms) */
  releaseDueAt: number
}

export interface CommitRecord {
  sha: string
  parents: string[]
  author: { name: string; email: string; date: Timestamp }
  message: string
  /** internal: a build of this commit fails, with this message (a bad `engines` entry, say) */
  buildError?: string
  /** internal: the test of this commit that fails under Heroku CI, if one does */
  failingTest?: string
}

export type TestRunStatus =
  | 'pending'
  | 'cancelled'
  | 'creating'
  | 'building'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'errored'
  | 'debugging'

/** A Heroku CI test run of one commit, on one test node (the mock runs no parallel nodes). */
export interface TestRunRecord {
  id: string
  pipelineId: string
  /** counted per pipeline, from 1 */
  number: number
  status: TestRunStatus
  commit_branch: string
  commit_sha: string
  commit_message: string
  source_blob_url: string
  userId: string
  message: string | null
  created_at: Timestamp
  updated_at: Timestamp
  /**
   * internal: when it starts creating, building, running, and ends (epoch ms); an ended or
   * cancelled run keeps them, to say when each part of its output came
   */
  steps: [number, number, number, number]
  /** internal: how it ends when it runs to its end (errored: its build failed, nothing ran) */
  outcome: 'succeeded' | 'failed' | 'errored'
}

export interface PlatformState {
  /**
   * bump when the shape changes, with a step in `snapshot.ts`'s MIGRATIONS: saved states of an
   * older version are migrated; a newer one is left as it is, unread
   */
  schemaVersion: number
  /** the account a request without a known API key acts as: the demo needs no key */
  accountId: string
  /**
   * internal: the API keys the platform knows, and whose each is. The demo's account switcher
   * sends one; Heroku, too, knows who calls from the key alone.
   */
  apiKeys: Record<string, string>
  users: Record<string, UserRecord>
  teams: Record<string, TeamRecord>
  teamMembers: Record<string, TeamMemberRecord>
  appCollaborators: Record<string, AppCollaboratorRecord>
  apps: Record<string, AppRecord>
  pipelines: Record<string, PipelineRecord>
  couplings: Record<string, CouplingRecord>
  slugs: Record<string, SlugRecord>
  /** by app id, oldest first: an app's history is read far more often than any one release */
  releases: Record<string, ReleaseRecord[]>
  formations: Record<string, FormationRecord>
  reviewApps: Record<string, ReviewAppRecord>
  promotions: Record<string, PromotionRecord>
  promotionTargets: Record<string, PromotionTargetRecord>
  /** GitHub repositories by `owner/name`: commits by SHA */
  repos: Record<string, Record<string, CommitRecord>>
  /** the GitHub repository (`owner/name`) each connected pipeline is linked to (Kolkrabbi) */
  pipelineRepos: Record<string, string>
  /** by pipeline id: pipelines whose review apps are enabled */
  reviewAppConfigs: Record<string, ReviewAppConfigRecord>
  /** GitHub branches by `owner/name`: each branch's head commit by name */
  branches: Record<string, Record<string, string>>
  /** GitHub pull requests, by `owner/name#number` */
  pullRequests: Record<string, PullRequestRecord>
  /** Heroku CI's test runs, by id */
  testRuns: Record<string, TestRunRecord>
  /** pipelines with Heroku CI enabled (Kolkrabbi's `ci` on the pipeline's repository), by id */
  ciPipelines: Record<string, true>
  /** a pipeline's stage config vars (Heroku CI's in `test`), by pipeline id, then stage */
  pipelineConfigVars: Record<string, Partial<Record<Stage, Record<string, string>>>>
  /** app setups, by id */
  appSetups: Record<string, AppSetupRecord>
  /** Kolkrabbi's GitHub settings of the apps that have been given some, by app id */
  appGithubLinks: Record<string, AppGithubLinkRecord>
  /** deploys from GitHub pushes, by id */
  autoDeploys: Record<string, AutoDeployRecord>
}

export const STATE_SCHEMA_VERSION = 5
