/**
 * Heroku CI over the Platform API (`heroku ci`, `ci:info`, `ci:last`, `ci:rerun`, the board's
 * Tests page): a pipeline's test runs, one by number or id, a run's test nodes, new runs and
 * cancelling one; and each node's setup and output streams.
 */
import { delay } from 'msw'
import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { applyFault, HEROKU_API, herokuRoute, reply, replyList } from '../http'
import { RELEASE_OUTPUT, requirePipeline } from '../platform/store'
import { testOutputLines, testSetupLines } from '../platform/test-output'
import {
  cancelTestRun,
  createTestRun,
  pipelineTestRuns,
  requireTestRun,
  requireTestRunNumbered,
} from '../platform/test-runs'
import { testNodeId, toTestNode, toTestRun } from '../platform/wire'
import { noStream, streamLines } from './line-stream'

/** A round trip to Heroku's API from afar, as the CLI's polling meets it. */
const ROUND_TRIP_MS = 100

export function testRunHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  const runByNumber = route(({ platform, params }) =>
    reply(
      toTestRun(platform, requireTestRunNumbered(platform, params.id ?? '', params.number ?? '')),
    ),
  )
  return [
    http.get(
      `${HEROKU_API}/pipelines/:id/test-runs`,
      route(({ platform, params }) => {
        const pipeline = requirePipeline(platform, params.id ?? '', { byName: false })
        return replyList(
          pipelineTestRuns(platform, pipeline.id),
          (run) => toTestRun(platform, run),
          {
            keys: ['number'],
            defaultKey: 'number',
            valueOf: (run) => run.number,
          },
        )
      }),
    ),
    http.get(`${HEROKU_API}/pipelines/:id/test-runs/:number`, async (args) => {
      // The CLI's ci commands poll this in a loop with no pause: across a network, Heroku's
      // round trip makes that ten reads a second; against a mock on the same machine it would
      // be hundreds, and the rate limit would run dry within one run. The mock answers no sooner
      // than a round trip would, so its budget counts what Heroku's would.
      await delay(ROUND_TRIP_MS)
      return runByNumber(args)
    }),
    http.get(
      `${HEROKU_API}/test-runs/:id`,
      route(({ platform, params }) =>
        reply(toTestRun(platform, requireTestRun(platform, params.id ?? ''))),
      ),
    ),
    http.get(
      `${HEROKU_API}/test-runs/:id/test-nodes`,
      route(({ platform, params }) =>
        reply([toTestNode(platform, requireTestRun(platform, params.id ?? ''))]),
      ),
    ),
    http.post(
      `${HEROKU_API}/test-runs`,
      route(({ platform, body }) => reply(toTestRun(platform, createTestRun(platform, body)), 201)),
    ),
    http.patch(
      `${HEROKU_API}/test-runs/:number`,
      route(({ platform, params, body }) =>
        reply(toTestRun(platform, cancelTestRun(platform, params.number ?? '', body))),
      ),
    ),
    // A test node's setup (the build) and output (the tests), at the address the node gives.
    http.get(`${RELEASE_OUTPUT}/test-nodes/:node/:part`, async ({ request, params }) => {
      const faulted = await applyFault(backend.faults.take(request))
      if (faulted) return faulted
      const lines = await backend.transact(() => {
        const { platform } = backend
        const run = Object.values(platform.state.testRuns).find(
          (candidate) => testNodeId(candidate) === params.node,
        )
        if (!run) return undefined
        if (params.part === 'setup') return testSetupLines(platform, run)
        if (params.part === 'output') return testOutputLines(platform, run)
        return undefined
      })
      return lines ? streamLines(request, backend.platform, lines) : noStream('test node')
    }),
  ]
}
