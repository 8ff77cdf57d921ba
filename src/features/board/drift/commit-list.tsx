import { ExternalLink } from 'lucide-react'
import type { Comparison } from '@/api/github'
import { RelativeTime } from '@/components/ui/relative-time'
import { firstLine, plural, shortSha } from '@/lib/format'

interface CommitListProps {
  comparison: Comparison
  upstream: string
  downstream: string
}

/** The commits the downstream app lacks, newest first (as `pipelines:diff` lists them). */
export function CommitList({ comparison, upstream, downstream }: CommitListProps) {
  const commits = comparison.commits.toReversed()
  return (
    <div>
      <h3 className="font-semibold text-slate-900">
        {plural(comparison.ahead_by, 'commit')} in {upstream} not yet in {downstream}
      </h3>
      {commits.length > 0 ? (
        <ol className="mt-3 max-h-72 space-y-2 overflow-y-auto pr-1">
          {commits.map((commit) => (
            <li key={commit.sha} className="flex gap-2">
              <a
                href={commit.html_url}
                target="_blank"
                rel="noreferrer"
                className="shrink-0 font-mono text-xs leading-5 text-violet-800 underline"
              >
                {shortSha(commit.sha)}
              </a>
              <div className="min-w-0">
                <p className="break-words text-slate-800">{firstLine(commit.commit.message)}</p>
                <p className="text-xs text-slate-600">
                  {commit.commit.author.name} · <RelativeTime iso={commit.commit.author.date} />
                </p>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-slate-600">
          {upstream} has no commits that {downstream} lacks.
        </p>
      )}
      {comparison.status === 'diverged' && (
        <p className="mt-3 text-xs text-slate-600">
          {downstream} also runs {plural(comparison.behind_by, 'commit')} that {upstream} does not.
        </p>
      )}
      {comparison.total_commits > comparison.commits.length && (
        <p className="mt-2 text-xs text-slate-600">
          Showing {comparison.commits.length} of {comparison.total_commits}.
        </p>
      )}
      <a
        href={comparison.html_url}
        target="_blank"
        rel="noreferrer"
        className="mt-3 inline-flex items-center gap-1 text-sm font-medium text-violet-800 underline"
      >
        Compare on GitHub
        <ExternalLink aria-hidden="true" className="size-3.5" />
      </a>
    </div>
  )
}
