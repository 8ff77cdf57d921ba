import type { ReviewApp } from '@/api/review-apps'

/**
 * How long after its last change a review app being made is followed closely. Heroku builds one
 * in minutes; one still "creating" after this is stuck, and the board's minute-by-minute refresh
 * is enough to see it end.
 */
export const FOLLOW_CLOSELY_MS = 10 * 60_000

const MOVING: ReadonlySet<ReviewApp['status']> = new Set(['pending', 'creating', 'deleting'])

/** Whether a review app of these is on its way somewhere, recently enough to be watched. */
export function followsProgress(reviewApps: readonly ReviewApp[] | undefined, now: number) {
  return (reviewApps ?? []).some(
    (reviewApp) =>
      MOVING.has(reviewApp.status) && now - Date.parse(reviewApp.updated_at) < FOLLOW_CLOSELY_MS,
  )
}

/** The review app that holds a branch (one being made, or made): a second one is refused. */
export const reviewAppOfBranch = (reviewApps: readonly ReviewApp[] | undefined, branch: string) =>
  reviewApps?.find(
    (reviewApp) =>
      reviewApp.branch === branch &&
      (reviewApp.status === 'pending' ||
        reviewApp.status === 'creating' ||
        reviewApp.status === 'created'),
  )

export interface ReviewAppChange {
  /** made, failed, gone, or its app came while it is still being made */
  kind: 'ready' | 'failed' | 'gone' | 'changed'
  reviewApp: ReviewApp
}

/**
 * What happened between two reads of a pipeline's review apps that changes the board's cards: one
 * whose app now exists or is ready, one that failed, one that is gone, one whose app came. A review app first seen in
 * the later read is not news: this tab either asked for it or sees it for the first time.
 */
export function reviewAppChanges(
  before: readonly ReviewApp[],
  after: readonly ReviewApp[],
): ReviewAppChange[] {
  const now = new Map(after.map((reviewApp) => [reviewApp.id, reviewApp]))
  const changes: ReviewAppChange[] = []
  for (const earlier of before) {
    const later = now.get(earlier.id)
    if (!later) {
      changes.push({ kind: 'gone', reviewApp: earlier })
    } else if (later.status !== earlier.status || later.app?.id !== earlier.app?.id) {
      if (later.status === 'created') changes.push({ kind: 'ready', reviewApp: later })
      else if (later.status === 'errored') changes.push({ kind: 'failed', reviewApp: later })
      else if (later.app?.id !== earlier.app?.id)
        changes.push({ kind: 'changed', reviewApp: later })
    }
  }
  return changes
}

/** A review app as a person names it: its pull request, else its branch. */
export const reviewAppName = (reviewApp: Pick<ReviewApp, 'pr_number' | 'branch'>) =>
  reviewApp.pr_number === null ? reviewApp.branch : `PR #${reviewApp.pr_number}`

/**
 * Why Git would refuse this branch name (git check-ref-format's rules, in words), or null. Checked
 * before a review app is asked for, so a typo is told at once, not after a request.
 */
export function branchNameProblem(name: string): string | null {
  if (name === '') return 'Enter the name of a branch.'
  if (/\s/.test(name)) return 'A branch name has no spaces.'
  // Control characters are refused too, though no keyboard types them.
  // eslint-disable-next-line no-control-regex -- Git's rule is about exactly these characters
  if (/[~^:?*[\\\u0000-\u001f\u007f]/.test(name))
    return 'A branch name cannot contain ~ ^ : ? * [ or \\.'
  if (name.includes('..') || name.includes('//') || name.includes('@{'))
    return 'A branch name cannot contain "..", "//" or "@{".'
  if (/^[-/.]|[/.]$|\.lock$|\/\./.test(name))
    return 'A branch name cannot start with "-", "/" or ".", nor end with "/", "." or ".lock".'
  return null
}

/** GitHub lists at most this many branches on a page: a shorter list is all of them. */
export const BRANCH_PAGE = 100

/**
 * A branch the repository does not have, told before anything is sent when the list read is
 * complete (shorter than a page); null when it has it, or when the list cannot say.
 */
export function missingBranch(
  name: string,
  branches: readonly { name: string }[] | undefined,
  repo: string,
): string | null {
  if (!branches || branches.length >= BRANCH_PAGE) return null
  return branches.some((known) => known.name === name)
    ? null
    : `There is no branch ${name} in ${repo}.`
}
