/**
 * Every query key and mutation key, in one map of the cache. Keys go resource first, then general
 * to specific, so one prefix reaches every query a change touches: `couplingKeys.all` is every
 * coupling of every pipeline and app. The account-wide lists end in `'list'`, and each single
 * thing, or each thing's own list, sits under `'detail'` or an `of-…` segment: a list's key is
 * never the prefix of anything else, and an id from an address (`/pipelines/list`) can never land
 * on a list's key.
 *
 * The resource modules build their queries and mutations on these; nothing outside `src/api`
 * writes a key by hand.
 */

export const pipelineKeys = {
  all: ['pipelines'] as const,
  list: () => [...pipelineKeys.all, 'list'] as const,
  detail: (pipelineId: string) => [...pipelineKeys.all, 'detail', pipelineId] as const,
}

export const couplingKeys = {
  all: ['pipeline-couplings'] as const,
  list: () => [...couplingKeys.all, 'list'] as const,
  ofPipeline: (pipelineId: string) => [...couplingKeys.all, 'of-pipeline', pipelineId] as const,
  /** every app's own coupling ("Info By App") */
  ofApps: () => [...couplingKeys.all, 'of-app'] as const,
  ofApp: (appId: string) => [...couplingKeys.ofApps(), appId] as const,
}

export const appKeys = {
  all: ['apps'] as const,
  list: () => [...appKeys.all, 'list'] as const,
  detail: (appId: string) => [...appKeys.all, 'detail', appId] as const,
  /** a pipeline's apps, whichever ids its couplings name */
  ofPipeline: (pipelineId: string) => [...appKeys.all, 'of-pipeline', pipelineId] as const,
  withIds: (pipelineId: string, appIds: readonly string[]) =>
    [...appKeys.ofPipeline(pipelineId), appIds] as const,
}

export const releaseKeys = {
  all: ['releases'] as const,
  /** every pipeline's newest release per app */
  latest: () => [...releaseKeys.all, 'latest-of-pipeline'] as const,
  latestOfPipeline: (pipelineId: string) => [...releaseKeys.latest(), pipelineId] as const,
  /** everything about one app's releases: its history, the one it runs, each one read alone */
  ofApp: (appId: string) => [...releaseKeys.all, 'of-app', appId] as const,
  history: (appId: string) => [...releaseKeys.ofApp(appId), 'history'] as const,
  /** its newest page alone, as the activity reads it */
  recent: (appId: string) => [...releaseKeys.ofApp(appId), 'recent'] as const,
  current: (appId: string, newestReleaseId: string) =>
    [...releaseKeys.ofApp(appId), 'current', newestReleaseId] as const,
  detail: (appId: string, releaseId: string) =>
    [...releaseKeys.ofApp(appId), 'detail', releaseId] as const,
}

/** A release command's output, by its stream's address (a release's `output_stream_url`). */
export const releaseOutputKeys = {
  of: (streamUrl: string) => ['release-output', streamUrl] as const,
}

export const slugKeys = {
  detail: (slugId: string) => ['slugs', 'detail', slugId] as const,
}

export const formationKeys = {
  ofApp: (appId: string) => ['formation', 'of-app', appId] as const,
}

export const reviewAppKeys = {
  ofPipeline: (pipelineId: string) => ['review-apps', 'of-pipeline', pipelineId] as const,
  config: (pipelineId: string) => ['review-app-config', pipelineId] as const,
}

export const testRunKeys = {
  ofPipeline: (pipelineId: string) => ['test-runs', 'of-pipeline', pipelineId] as const,
  nodes: (testRunId: string) => ['test-runs', 'nodes', testRunId] as const,
}

export const promotionKeys = {
  detail: (promotionId: string) => ['pipeline-promotions', 'detail', promotionId] as const,
  targets: (promotionId: string) => [...promotionKeys.detail(promotionId), 'targets'] as const,
}

export const githubKeys = {
  repoOfApp: (appId: string) => ['github', 'repo-of-app', appId] as const,
  linkedToken: () => ['github', 'linked-token'] as const,
  compares: () => ['github', 'compare'] as const,
  compare: (repo: string, base: string, head: string) =>
    ['github', 'compare', repo, base, head] as const,
  pipelineConnection: (pipelineId: string) =>
    ['github', 'pipeline-connection', pipelineId] as const,
  openPulls: (repo: string) => ['github', 'pulls', repo, 'open'] as const,
  branches: (repo: string) => ['github', 'branches', repo] as const,
}

export const configVarKeys = {
  testStage: (pipelineId: string) => ['config-vars', 'test', pipelineId] as const,
}

export const accountKeys = {
  current: () => ['account', 'current'] as const,
  user: (userId: string) => ['users', 'detail', userId] as const,
  users: (userIds: string[]) => ['users', 'some', ...userIds] as const,
  teams: () => ['teams', 'list'] as const,
  teamMembers: (team: string) => ['teams', 'members', team] as const,
}

export const accessKeys = {
  /** everything known of what people may do on one app */
  app: (appId: string) => ['access', 'of-app', appId] as const,
  /** what one person may do on one app, as the record at `path` says */
  ofApp: (appId: string, email: string, path: string) =>
    [...accessKeys.app(appId), email, path] as const,
}
