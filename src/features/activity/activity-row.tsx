import {
  ArrowUpFromLine,
  GitCommitHorizontal,
  GitPullRequest,
  Lock,
  LockOpen,
  MoveHorizontal,
  Package,
  Trash2,
  Undo2,
} from 'lucide-react'
import { RelativeTime } from '@/components/ui/relative-time'
import {
  githubCommitUrl,
  githubCompareUrl,
  type ActivityEntry,
  type ReleaseRef,
} from '@/lib/activity'
import { shortSha } from '@/lib/format'
import { AppLink, GithubLink, Problem } from './entry-parts'
import { LoggedSummary } from './logged-summary'
import { PromotionOutcome } from './promotion-outcome'

/** The icon of each kind of entry; the words beside it say the same. */
const ICONS = {
  deploy: GitCommitHorizontal,
  promotion: ArrowUpFromLine,
  rollback: Undo2,
  release: Package,
  move: MoveHorizontal,
  'review-app': GitPullRequest,
  'review-app-deleted': Trash2,
  locked: Lock,
  unlocked: LockOpen,
}

function iconOf(entry: ActivityEntry): keyof typeof ICONS {
  const { detail } = entry
  if (detail.type === 'logged') return detail.event.kind
  if (entry.kind === 'lock') return 'locked'
  return entry.kind
}

/** What a release-made entry is, by its kind (the other kinds are never releases). */
const RELEASE_WORDS: Record<ActivityEntry['kind'], string> = {
  deploy: 'Deploy',
  promotion: 'Promotion',
  rollback: 'Rollback',
  release: 'Release',
  move: 'Release',
  'review-app': 'Release',
  lock: 'Release',
}

/** Shown apps before "and N more": a promotion to 500 apps names a few, and counts the rest. */
const NAMED_RELEASES = 4

function ReleaseLinks({ releases }: { releases: ReleaseRef[] }) {
  const named = releases.slice(0, NAMED_RELEASES)
  return (
    <span>
      {named.map((release, index) => (
        <span key={`${release.appId}-${release.version}`}>
          {index > 0 &&
            (index === named.length - 1 && releases.length <= NAMED_RELEASES ? ' and ' : ', ')}
          <AppLink appId={release.appId}>
            {release.appName} v{release.version}
          </AppLink>
          {release.status === 'failed' && <Problem>failed</Problem>}
        </span>
      ))}
      {releases.length > NAMED_RELEASES && ` and ${releases.length - NAMED_RELEASES} more`}
    </span>
  )
}

interface ActivityRowProps {
  entry: ActivityEntry
  /** the pipeline's GitHub repository, `owner/name`, for links to commits */
  repo: string | null
  /** an app's name by id, as the pipeline's newest releases know it */
  nameOf: (appId: string) => string | undefined
}

/** What happened, in words; text from the API (descriptions, reasons, names) as text. */
function Summary({ entry, repo, nameOf }: ActivityRowProps) {
  const { detail } = entry
  switch (detail.type) {
    case 'releases': {
      const { commit, base } = detail
      return (
        <>
          <p className="text-sm text-slate-900">
            <span className="font-semibold">{RELEASE_WORDS[entry.kind]}</span> ·{' '}
            <ReleaseLinks releases={detail.releases} />
          </p>
          <p className="mt-0.5 font-mono text-xs text-slate-700">{detail.description}</p>
          {repo && commit && (
            <p className="mt-1 text-xs">
              {base ? (
                <GithubLink href={githubCompareUrl(repo, base, commit)}>
                  Compare {shortSha(base)}…{shortSha(commit)}
                </GithubLink>
              ) : (
                <GithubLink href={githubCommitUrl(repo, commit)}>
                  Commit {shortSha(commit)}
                </GithubLink>
              )}
            </p>
          )}
        </>
      )
    }
    case 'promotion': {
      const { event } = detail
      return (
        <>
          <p className="text-sm text-slate-900">
            <span className="font-semibold">Promotion</span> from{' '}
            <AppLink appId={event.fromId}>
              {event.from}
              {event.version !== null && ` v${event.version}`}
            </AppLink>{' '}
            to {event.targets === 1 ? '1 app' : `${event.targets} apps`}
          </p>
          <PromotionOutcome promotionId={event.id} nameOf={nameOf} />
          {detail.releases.length > 0 && (
            <p className="mt-1 text-xs text-slate-700">
              Releases: <ReleaseLinks releases={detail.releases} />
            </p>
          )}
        </>
      )
    }
    case 'review-app':
      return (
        <p className="text-sm text-slate-900">
          <span className="font-semibold">Review app</span> made for{' '}
          {detail.appId ? <AppLink appId={detail.appId}>{detail.name}</AppLink> : detail.name}
          {detail.status === 'errored' && <Problem>errored</Problem>}
        </p>
      )
    case 'logged':
      return <LoggedSummary event={detail.event} />
  }
}

/** One entry of the timeline: what, who, when, and where to read more. */
export function ActivityRow({ entry, repo, nameOf }: ActivityRowProps) {
  const Icon = ICONS[iconOf(entry)]
  return (
    <li className="flex gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-600" />
      <div className="min-w-0 flex-1 wrap-anywhere">
        <Summary entry={entry} repo={repo} nameOf={nameOf} />
        <p className="mt-1 text-xs text-slate-600">
          {entry.by && <>{entry.by} · </>}
          <RelativeTime iso={entry.at} />
          {/* Written by whoever's Stageboard did it: Heroku does not vouch for it. */}
          {(entry.detail.type === 'logged' || entry.detail.type === 'promotion') &&
            ' · noted by Stageboard'}
        </p>
      </div>
    </li>
  )
}
