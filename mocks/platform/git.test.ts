import { describe, expect, it } from 'vitest'
import { ScenarioBuilder } from '../scenarios/builder'
import { T0 } from '../test/support'
import { COMPARE_COMMIT_LIMIT, compareCommits, resolveCommit, type Repository } from './git'
import { HOUR } from './time'

const ME = { name: 'Test Author', email: 'author@example.com' }

/**
 *   a - b - c ------- f   (main; f merges the branch)
 *        \           /
 *         d ------- e     (branch)
 * Dates follow the letters, so the DFS order (f, e, d, b, a, c) is not the date order.
 */
function graph() {
  const b = new ScenarioBuilder(7, T0, ME)
  const commit = (message: string, ago: number, parents: string[]) =>
    b.commit('acme/app', { message, author: ME, ago: ago * HOUR, parents })
  const a = commit('a', 10, [])
  const bb = commit('b', 9, [a])
  const c = commit('c', 8, [bb])
  const d = commit('d', 7, [bb])
  const e = commit('e', 6, [d])
  const f = commit('f', 5, [c, e])
  return { repo: b.state.repos['acme/app'] as Repository, sha: { a, b: bb, c, d, e, f } }
}

const messages = (commits: { message: string }[]) => commits.map((commit) => commit.message)

describe('compareCommits (GitHub compare base...head)', () => {
  const { repo, sha } = graph()

  it('is identical for the same commit', () => {
    expect(compareCommits(repo, sha.c, sha.c)).toMatchObject({
      status: 'identical',
      ahead_by: 0,
      behind_by: 0,
      commits: [],
    })
  })

  it('is ahead when head descends from base, listing the new commits oldest first', () => {
    const comparison = compareCommits(repo, sha.a, sha.f)
    expect(comparison).toMatchObject({ status: 'ahead', ahead_by: 5, behind_by: 0 })
    expect(messages(comparison?.commits ?? [])).toEqual(['b', 'c', 'd', 'e', 'f'])
    expect(comparison?.base.sha).toBe(sha.a)
    expect(comparison?.head.sha).toBe(sha.f)
  })

  it('is behind when base descends from head, with no commits to list', () => {
    expect(compareCommits(repo, sha.c, sha.a)).toMatchObject({
      status: 'behind',
      ahead_by: 0,
      behind_by: 2,
      commits: [],
    })
  })

  it('is diverged when each side has commits the other lacks', () => {
    const comparison = compareCommits(repo, sha.c, sha.e)
    expect(comparison).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1 })
    expect(messages(comparison?.commits ?? [])).toEqual(['d', 'e'])
    expect(comparison?.mergeBase?.sha).toBe(sha.b)

    const reverse = compareCommits(repo, sha.e, sha.c)
    expect(reverse).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2 })
    expect(messages(reverse?.commits ?? [])).toEqual(['c'])
  })

  it('counts both parents of a merge', () => {
    const comparison = compareCommits(repo, sha.c, sha.f)
    expect(comparison).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0 })
    expect(messages(comparison?.commits ?? [])).toEqual(['d', 'e', 'f'])
  })

  it('is undefined when either SHA is unknown', () => {
    const unknown = 'f'.repeat(40)
    expect(compareCommits(repo, unknown, sha.c)).toBeUndefined()
    expect(compareCommits(repo, sha.c, unknown)).toBeUndefined()
  })

  it('resolves unambiguous prefixes of 7 characters or more, and nothing shorter', () => {
    expect(compareCommits(repo, sha.a.slice(0, 7), sha.c.slice(0, 10))).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
    })
    expect(resolveCommit(repo, sha.d.slice(0, 7))?.sha).toBe(sha.d)
    expect(resolveCommit(repo, sha.d.slice(0, 6))).toBeUndefined()
  })
})

describe('resolveCommit and the commit limit', () => {
  it('refuses an ambiguous prefix', () => {
    const author = { name: 'x', email: 'x@example.com', date: '2026-01-01T00:00:00Z' }
    const twin = (sha: string) => ({ sha, parents: [], author, message: sha })
    const repo: Repository = {
      ['abcdef1' + '0'.repeat(33)]: twin('abcdef1' + '0'.repeat(33)),
      ['abcdef1' + '1'.repeat(33)]: twin('abcdef1' + '1'.repeat(33)),
    }
    expect(resolveCommit(repo, 'abcdef1')).toBeUndefined()
    expect(resolveCommit(repo, 'abcdef10')?.sha).toBe('abcdef1' + '0'.repeat(33))
  })

  it(`lists at most ${COMPARE_COMMIT_LIMIT} commits while ahead_by counts them all`, () => {
    const b = new ScenarioBuilder(8, T0, ME)
    const shas: string[] = []
    for (let i = 0; i < 300; i++) {
      const parents = shas.length ? [shas[shas.length - 1] ?? ''] : []
      shas.push(
        b.commit('acme/long', { message: `c${i}`, author: ME, ago: (300 - i) * HOUR, parents }),
      )
    }
    const comparison = compareCommits(
      b.state.repos['acme/long'] ?? {},
      shas[0] ?? '',
      shas[299] ?? '',
    )
    expect(comparison?.ahead_by).toBe(299)
    expect(comparison?.commits).toHaveLength(COMPARE_COMMIT_LIMIT)
    expect(comparison?.commits[0]?.message).toBe('c1')
  })
})
