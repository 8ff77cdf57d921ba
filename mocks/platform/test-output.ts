/**
 * What a test node prints: its setup (the build of the commit) and its output (the test script),
 * each line with when it is printed, spread over the run's building and running steps. Written
 * from the run (its commit, whether a test fails), so the same run always prints the same lines,
 * and a running one prints them as they come. Heroku keeps the real output; the mock keeps none.
 */
import { seededBy } from './random'
import type { Platform } from './store'
import type { TestRunRecord } from './types'

export interface TimedLine {
  /** epoch ms */
  at: number
  text: string
}

const TESTS = [
  'invoices › groups line items by product',
  'invoices › totals a discounted plan',
  'webhooks › retries a failed delivery',
  'billing › prorates a mid-cycle plan change',
  'accounts › closes an account with open invoices',
  'auth › refuses an expired session',
  'exports › writes a CSV of the month',
  'api › paginates /v1/invoices',
]

/** Lines spread evenly from `from` to `to`. */
const spread = (texts: string[], from: number, to: number): TimedLine[] =>
  texts.map((text, i) => ({ at: from + ((to - from) * i) / Math.max(1, texts.length), text }))

/** A cancelled run printed what came before it was stopped, then says so. */
function cutAtCancel(run: TestRunRecord, lines: TimedLine[]): TimedLine[] {
  if (run.status !== 'cancelled') return lines
  const stopped = Date.parse(run.updated_at)
  return [
    ...lines.filter((line) => line.at < stopped),
    { at: stopped, text: '!!!    Test run cancelled.' },
  ]
}

const commitOf = (platform: Platform, run: TestRunRecord) => {
  const repo = platform.state.pipelineRepos[run.pipelineId]
  return repo ? platform.state.repos[repo]?.[run.commit_sha] : undefined
}

export function testSetupLines(platform: Platform, run: TestRunRecord): TimedLine[] {
  const app = platform.state.pipelines[run.pipelineId]?.name ?? 'app'
  const packages = 280 + seededBy(run.commit_sha).int(120)
  const buildError = commitOf(platform, run)?.buildError
  return cutAtCancel(
    run,
    spread(
      [
        '-----> Building on the Heroku-24 stack',
        `-----> Fetching ${run.commit_branch} at ${run.commit_sha.slice(0, 7)}`,
        '-----> Using buildpack: heroku/nodejs',
        ...(buildError
          ? [`!      ${buildError}`, '!      Push rejected, failed to compile Node.js app.']
          : [
              '-----> Installing dependencies',
              `       added ${packages} packages in ${3 + (packages % 7)}s`,
              `-----> Build succeeded for ${app}`,
            ]),
      ],
      run.steps[1],
      run.steps[2],
    ),
  )
}

export function testOutputLines(platform: Platform, run: TestRunRecord): TimedLine[] {
  const commit = commitOf(platform, run)
  // A build that failed ran nothing.
  if (commit?.buildError) return []
  const failing = commit?.failingTest
  const random = seededBy(run.commit_sha, 'tests')
  const passing = TESTS.filter(() => random.next() < 0.75)
  const lines = [
    `> ${platform.state.pipelines[run.pipelineId]?.name ?? 'app'}@1.0.0 test`,
    '> node --test',
    '',
    ...passing.map((name) => `✔ ${name} (${5 + random.int(60)} ms)`),
    ...(failing
      ? [
          `✖ ${failing} (${12 + random.int(40)} ms)`,
          '  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
          '  1290 !== 1289',
        ]
      : []),
    '',
    `ℹ tests ${passing.length + (failing ? 1 : 0)}`,
    `ℹ pass ${passing.length}`,
    `ℹ fail ${failing ? 1 : 0}`,
  ]
  return cutAtCancel(run, spread(lines, run.steps[2], run.steps[3]))
}
