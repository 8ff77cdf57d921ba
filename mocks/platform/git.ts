import type { CommitRecord } from './types'

export type Repository = Record<string, CommitRecord>

export type CompareStatus = 'identical' | 'ahead' | 'behind' | 'diverged'

export interface Comparison {
  status: CompareStatus
  ahead_by: number
  behind_by: number
  base: CommitRecord
  head: CommitRecord
  mergeBase: CommitRecord | undefined
  /** the commits head has and base lacks, oldest first, as GitHub lists them */
  commits: CommitRecord[]
}

/** GitHub's compare lists at most 250 commits; ahead_by still counts them all. */
export const COMPARE_COMMIT_LIMIT = 250

/** GitHub accepts a full SHA or an unambiguous prefix of at least 7 characters. */
export function resolveCommit(repo: Repository, ref: string): CommitRecord | undefined {
  const exact = repo[ref]
  if (exact) return exact
  if (ref.length < 7) return undefined
  const matches = Object.values(repo).filter((commit) => commit.sha.startsWith(ref))
  return matches.length === 1 ? matches[0] : undefined
}

function ancestry(repo: Repository, sha: string): Set<string> {
  const seen = new Set<string>()
  const stack = [sha]
  while (stack.length > 0) {
    const next = stack.pop()
    if (next === undefined || seen.has(next)) continue
    seen.add(next)
    for (const parent of repo[next]?.parents ?? []) stack.push(parent)
  }
  return seen
}

const byDate = (a: CommitRecord, b: CommitRecord) =>
  a.author.date.localeCompare(b.author.date) || a.sha.localeCompare(b.sha)

/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`, computed on the commit graph. */
export function compareCommits(
  repo: Repository,
  baseRef: string,
  headRef: string,
): Comparison | undefined {
  const base = resolveCommit(repo, baseRef)
  const head = resolveCommit(repo, headRef)
  if (!base || !head) return undefined

  const baseAncestry = ancestry(repo, base.sha)
  const headAncestry = ancestry(repo, head.sha)
  const onlyInHead = [...headAncestry].filter((sha) => !baseAncestry.has(sha))
  const onlyInBase = [...baseAncestry].filter((sha) => !headAncestry.has(sha))
  const common = [...headAncestry].filter((sha) => baseAncestry.has(sha))

  const aheadBy = onlyInHead.length
  const behindBy = onlyInBase.length
  const status: CompareStatus =
    aheadBy === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : aheadBy === 0
          ? 'behind'
          : 'diverged'

  const toCommits = (shas: string[]) =>
    shas.flatMap((sha) => (repo[sha] ? [repo[sha]] : [])).sort(byDate)
  return {
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    base,
    head,
    mergeBase: toCommits(common).at(-1),
    commits: toCommits(onlyInHead).slice(0, COMPARE_COMMIT_LIMIT),
  }
}
