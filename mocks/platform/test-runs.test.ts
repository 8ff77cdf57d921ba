import { describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { appNamed, pipelineNamed, refusal, testPlatform, TIMINGS } from '../test/support'
import { currentRelease } from './releases'
import type { Platform } from './store'
import { testOutputLines } from './test-output'
import { advanceTestRuns, cancelTestRun, createTestRun, pipelineTestRuns } from './test-runs'

const REPO = 'northwind/billing-api'
const STEP = TIMINGS.testRunStep

const run = (platform: Platform, sha: string, branch = 'main') =>
  createTestRun(platform, {
    pipeline: pipelineNamed(platform, 'billing-api').id,
    commit_branch: branch,
    commit_sha: sha,
    commit_message: 'Run it',
    source_blob_url: `https://kolkrabbi.heroku.com/github/repos/${REPO}/tarball/${sha}`,
  })

const commitOf = (platform: Platform, app: string) => {
  const release = currentRelease(platform, appNamed(platform, app).id)
  return platform.state.slugs[release?.slugId ?? '']?.commit ?? ''
}

describe('a test run', () => {
  it('goes pending → creating → building → running → succeeded, each step when its time comes', () => {
    const { platform, clock } = testPlatform()
    const started = run(platform, platform.state.branches[REPO]?.main ?? '')
    const seen = [started.status]
    for (let elapsed = 0; elapsed < 7 * STEP; elapsed += STEP) {
      clock.advance(STEP)
      advanceTestRuns(platform)
      if (seen.at(-1) !== started.status) seen.push(started.status)
    }
    expect(seen).toEqual(['pending', 'creating', 'building', 'running', 'succeeded'])
    expect(started.number).toBe(
      Math.max(...pipelineTestRuns(platform, started.pipelineId).map((r) => r.number)),
    )
  })

  it('fails for a commit whose test fails, every time, and its output names the test', () => {
    const { platform, clock } = testPlatform()
    const dev = commitOf(platform, 'billing-api-dev')
    const first = run(platform, dev)
    const again = run(platform, dev)
    expect(again.number).toBe(first.number + 1)
    clock.advance(6 * STEP)
    advanceTestRuns(platform)
    expect([first.status, again.status]).toEqual(['failed', 'failed'])
    const failures = testOutputLines(platform, first).filter((line) => line.text.startsWith('✖'))
    expect(failures.map((line) => line.text)).toEqual([
      expect.stringMatching(/^✖ billing › meters API calls per customer \(\d+ ms\)$/),
    ])
  })

  it('errors when its commit does not build, once built, having run nothing', () => {
    const { platform, clock } = testPlatform()
    const node22 = platform.state.branches[REPO]?.['chore/upgrade-node-22'] ?? ''
    const started = run(platform, node22, 'chore/upgrade-node-22')
    clock.advance(4 * STEP)
    advanceTestRuns(platform)
    expect(started).toMatchObject({
      status: 'errored',
      message: 'The build failed: nothing was tested.',
    })
    expect(testOutputLines(platform, started)).toEqual([])
  })

  it('is cancelled while it runs, and its output stops there', () => {
    const { platform, clock } = testPlatform()
    const started = run(platform, platform.state.branches[REPO]?.main ?? '')
    clock.advance(4 * STEP + 1)
    advanceTestRuns(platform)
    expect(started.status).toBe('running')
    cancelTestRun(platform, String(started.number), { status: 'cancelled', message: 'Not needed' })
    clock.advance(10 * STEP)
    advanceTestRuns(platform)
    expect(started).toMatchObject({ status: 'cancelled', message: 'Not needed' })
    expect(testOutputLines(platform, started).at(-1)?.text).toBe('!!!    Test run cancelled.')
    expect(
      refusal(() => cancelTestRun(platform, started.id, { status: 'cancelled', message: '' })),
    ).toMatchObject({ status: 422, message: `Test run #${started.number} has already ended.` })
  })

  it('is not cancelled by a number two pipelines share', () => {
    const { platform } = testPlatform()
    expect(
      refusal(() => cancelTestRun(platform, '1', { status: 'cancelled', message: 'Which one?' })),
    ).toMatchObject({
      status: 422,
      message: 'Several pipelines have a test run #1: name it by its id.',
    })
  })

  it('runs a commit only the uploaded source has, and it passes; refuses a short SHA and a viewer', () => {
    const { platform, clock } = testPlatform()
    const local = run(platform, 'f'.repeat(40))
    clock.advance(10 * STEP)
    advanceTestRuns(platform)
    expect(local).toMatchObject({ commit_sha: 'f'.repeat(40), status: 'succeeded' })
    expect(refusal(() => run(platform, 'fff1234'))).toMatchObject({ status: 422 })
    const viewer = platform.state.apiKeys[DEMO_KEYS.priya] ?? ''
    expect(
      refusal(() =>
        platform.actingAs(viewer, () => run(platform, platform.state.branches[REPO]?.main ?? '')),
      ),
    ).toMatchObject({ status: 403 })
  })
})

describe("the demo's history", () => {
  it('has tested what each billing-api app runs: production passed, the development spike failed', () => {
    const { platform } = testPlatform()
    advanceTestRuns(platform)
    const runs = pipelineTestRuns(platform, pipelineNamed(platform, 'billing-api').id)
    const latestOf = (sha: string) => runs.findLast((r) => r.commit_sha === sha)?.status
    expect(latestOf(commitOf(platform, 'billing-api'))).toBe('succeeded')
    expect(latestOf(commitOf(platform, 'billing-api-staging'))).toBe('succeeded')
    expect(latestOf(commitOf(platform, 'billing-api-dev'))).toBe('failed')
    expect(runs.map((r) => r.number)).toEqual(runs.map((_, i) => i + 1))
  })
})
