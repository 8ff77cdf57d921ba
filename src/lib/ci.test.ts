import { describe, expect, it } from 'vitest'
import type { TestRun } from '@/api/test-runs'
import { ciByCommit, followsCi, FOLLOW_CI_CLOSELY_MS, testedBranches } from './ci'

const NOW = Date.parse('2026-12-05T12:00:00Z')

const run = (number: number, sha: string, status: TestRun['status'], branch = 'main'): TestRun => ({
  id: `run-${number}`,
  number,
  status,
  commit_branch: branch,
  commit_sha: sha,
  commit_message: 'A change',
  source_blob_url: 'https://example.com/tarball',
  actor_email: 'ada@northwind.dev',
  message: null,
  created_at: new Date(NOW - 60_000).toISOString(),
  updated_at: new Date(NOW - 60_000).toISOString(),
})

describe('ciByCommit', () => {
  it("gives each commit its newest run's verdict, whatever order the runs come in", () => {
    const byCommit = ciByCommit([
      run(3, 'aaa', 'succeeded'),
      run(1, 'bbb', 'failed'),
      run(2, 'aaa', 'failed'),
      run(4, 'ccc', 'building'),
      run(5, 'ddd', 'errored'),
      run(6, 'eee', 'cancelled'),
    ])
    expect(
      Object.fromEntries([...byCommit].map(([sha, ci]) => [sha, [ci.verdict, ci.run.number]])),
    ).toEqual({
      aaa: ['passed', 3],
      bbb: ['failed', 1],
      ccc: ['running', 4],
      ddd: ['errored', 5],
      eee: ['cancelled', 6],
    })
  })

  it('knows nothing of a commit never tested', () => {
    expect(ciByCommit(undefined).get('aaa')).toBeUndefined()
  })
})

describe('followsCi', () => {
  it('follows a run under way, not one stuck for long or one that ended', () => {
    expect(followsCi([run(1, 'a', 'running')], NOW)).toBe(true)
    expect(followsCi([run(1, 'a', 'succeeded'), run(2, 'b', 'failed')], NOW)).toBe(false)
    const stuck = {
      ...run(1, 'a', 'pending'),
      updated_at: new Date(NOW - FOLLOW_CI_CLOSELY_MS).toISOString(),
    }
    expect(followsCi([stuck], NOW)).toBe(false)
  })
})

describe('testedBranches', () => {
  it('lists each branch once, the most recently tested first', () => {
    expect(
      testedBranches([
        run(1, 'a', 'succeeded', 'main'),
        run(2, 'b', 'failed', 'fix/x'),
        run(3, 'c', 'succeeded', 'main'),
      ]),
    ).toEqual(['main', 'fix/x'])
  })
})
