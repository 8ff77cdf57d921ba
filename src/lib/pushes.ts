/**
 * What a simulated push set off, in words: said when it is pushed, and again when the CI run an
 * app's deploy waits for has ended.
 */
import type { TestRun } from '@/api/test-runs'
import { namesList, shortSha } from './format'

/** A commit pushed to a GitHub repository (simulated in the demo). */
export interface Push {
  /** `owner/name` */
  repo: string
  branch: string
  message: string
  openPullRequest: boolean
  /** the commit breaks a test: CI fails on it */
  breaksTests: boolean
}

/** What a push set off on Heroku; `settlesAt` is when all of it will have happened (epoch ms). */
export interface PushReport {
  sha: string
  branch: string
  pullRequest: number | null
  testRuns: { pipeline: string; number: number }[]
  deploys: { app: string; afterCi: boolean }[]
  reviewApp: 'created' | 'updated' | null
  settlesAt: number
}

/** "Pushed c60e350 to main", and then what Heroku does with it. */
export function pushSummary(report: PushReport): { title: string; description: string } {
  const title = `Pushed ${shortSha(report.sha)} to ${report.branch}${
    report.pullRequest === null ? '' : `, opening pull request #${report.pullRequest}`
  }`
  const parts: string[] = []
  const runs = report.testRuns.map((run) => `#${run.number}`)
  if (runs.length > 0) parts.push(`Heroku CI tests it (run ${namesList(runs)}).`)
  const now = report.deploys.filter((d) => !d.afterCi).map((d) => d.app)
  const afterCi = report.deploys.filter((d) => d.afterCi).map((d) => d.app)
  if (now.length > 0) parts.push(`${namesList(now)} ${now.length === 1 ? 'deploys' : 'deploy'} it.`)
  if (afterCi.length > 0) {
    parts.push(
      `${namesList(afterCi)} ${afterCi.length === 1 ? 'deploys' : 'deploy'} it once CI passes.`,
    )
  }
  if (report.reviewApp === 'created') parts.push('Its review app is being made.')
  if (report.reviewApp === 'updated') parts.push('Its review app deploys it.')
  if (parts.length === 0) {
    parts.push('Nothing on Heroku deploys this branch: no app or review app follows it.')
  }
  return { title, description: parts.join(' ') }
}

/**
 * What became of the deploys that waited for this CI run, once it has ended; null while it runs
 * or when no deploy waited for it.
 */
export function ciVerdict(report: PushReport, run: TestRun): string | null {
  const waiting = report.deploys.filter((d) => d.afterCi).map((d) => d.app)
  if (waiting.length === 0 || !['succeeded', 'failed', 'errored', 'cancelled'].includes(run.status))
    return null
  const verb = waiting.length === 1 ? 'deploys' : 'deploy'
  if (run.status === 'succeeded')
    return `CI run #${run.number} passed: ${namesList(waiting)} ${verb} it now.`
  const what = run.status === 'errored' ? 'could not build' : run.status
  return `CI run #${run.number} ${what}: ${namesList(waiting)} ${waiting.length === 1 ? 'was' : 'were'} not deployed.`
}
