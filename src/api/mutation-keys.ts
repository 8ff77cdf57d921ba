/**
 * Mutation keys: what the in-flight guard of a dialog asks about, and what overlapping moves use
 * to find each other.
 */
export const mutationKeys = {
  createPipeline: () => ['pipelines', 'create'] as const,
  renamePipeline: (pipelineId: string) => ['pipelines', 'rename', pipelineId] as const,
  deletePipeline: (pipelineId: string) => ['pipelines', 'delete', pipelineId] as const,
  addApp: (pipelineId: string) => ['pipeline-couplings', 'create', pipelineId] as const,
  removeApp: (couplingId: string) => ['pipeline-couplings', 'delete', couplingId] as const,
  moveApp: (pipelineId: string) => ['pipeline-couplings', 'move', pipelineId] as const,
  promote: (pipelineId: string) => ['pipeline-promotions', 'create', pipelineId] as const,
  rollback: (appId: string) => ['releases', 'rollback', appId] as const,
  createReviewApp: (pipelineId: string) => ['review-apps', 'create', pipelineId] as const,
  deleteReviewApp: (reviewAppId: string) => ['review-apps', 'delete', reviewAppId] as const,
  enableReviewApps: (pipelineId: string) => ['review-app-config', 'create', pipelineId] as const,
  rerunTests: (pipelineId: string) => ['test-runs', 'create', pipelineId] as const,
  updateReviewApps: (pipelineId: string) => ['review-app-config', 'update', pipelineId] as const,
  disableReviewApps: (pipelineId: string) => ['review-app-config', 'delete', pipelineId] as const,
  setCi: (pipelineId: string) => ['pipeline-repository', 'ci', pipelineId] as const,
  transferPipeline: (pipelineId: string) => ['pipeline-transfers', 'create', pipelineId] as const,
  updateAutoDeploy: (appId: string) => ['app-github', 'update', appId] as const,
  setTestStageVars: (pipelineId: string) => ['config-vars', 'test', pipelineId] as const,
  transferApp: (appId: string) => ['teams-apps', 'transfer', appId] as const,
}

/** Mutation scopes: mutations in one scope run one after another, in the order they were made. */
export const mutationScopes = {
  moveApps: (pipelineId: string) => ({ id: `move-apps:${pipelineId}` }),
}
