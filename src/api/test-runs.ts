/**
 * Heroku CI: a pipeline's test runs, a run's test node (where its output streams from), and
 * running a commit's tests again.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, requestJson } from './client'
import { testRunKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

export const TEST_RUN_STATUSES = [
  'pending',
  'cancelled',
  'creating',
  'building',
  'running',
  'succeeded',
  'failed',
  'errored',
  'debugging',
] as const

export const testRunSchema = z.object({
  id: z.string(),
  number: z.number(),
  status: z.enum(TEST_RUN_STATUSES),
  commit_branch: z.string(),
  commit_sha: z.string(),
  commit_message: z.string(),
  source_blob_url: z.string(),
  actor_email: z.string(),
  message: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
})
export type TestRun = z.infer<typeof testRunSchema>

const testNodeSchema = z.object({
  id: z.string(),
  status: z.enum(TEST_RUN_STATUSES),
  exit_code: z.nullable(z.number()),
  setup_stream_url: z.string(),
  output_stream_url: z.string(),
})
export type TestNode = z.infer<typeof testNodeSchema>

/** The newest runs a board and the Tests page read: Heroku's largest page, in one request. */
const NEWEST_RUNS = 'number ..; order=desc, max=1000'

export const testRunQueries = {
  /** The pipeline's newest test runs, newest first. */
  ofPipeline: (pipelineId: string) =>
    queryOptions({
      queryKey: testRunKeys.ofPipeline(pipelineId),
      queryFn: async ({ signal }) => {
        try {
          return await requestJson(
            `/pipelines/${encodeURIComponent(pipelineId)}/test-runs`,
            z.array(testRunSchema),
            { signal, range: NEWEST_RUNS },
          )
        } catch (error) {
          // A pipeline without Heroku CI has no runs to list: an answer, not a failure.
          if (isNotFound(error)) return []
          throw error
        }
      },
    }),
  /** A run's test nodes: the mock, as most pipelines, runs one. */
  nodes: (testRunId: string) =>
    queryOptions({
      queryKey: testRunKeys.nodes(testRunId),
      queryFn: ({ signal }) =>
        requestJson(
          `/test-runs/${encodeURIComponent(testRunId)}/test-nodes`,
          z.array(testNodeSchema),
          { signal },
        ),
    }),
}

export const testRunMutations = {
  /** `heroku ci:rerun`: the same commit of the same branch, tested again. */
  rerun: (pipelineId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.rerunTests(pipelineId),
      mutationFn: (run: TestRun) =>
        requestJson('/test-runs', testRunSchema, {
          method: 'POST',
          body: {
            pipeline: pipelineId,
            commit_branch: run.commit_branch,
            commit_sha: run.commit_sha,
            commit_message: run.commit_message,
            source_blob_url: run.source_blob_url,
          },
        }),
      onSettled: (_run, error, _input, _result, { client }) =>
        refreshOnSettled(error, () =>
          client.invalidateQueries({ queryKey: testRunKeys.ofPipeline(pipelineId) }),
        ),
    }),
}
