import { ExternalLink } from 'lucide-react'
import type { Comparison } from '@/api/github'
import { RelativeTime } from '@/components/ui/relative-time'
import type { ComparePlan } from '@/lib/drift'
import { firstLine, plural, shortSha } from '@/lib/format'
import { useComparison } from './use-comparison'

interface CommitListProps {
  comparison: Comparison
  /** the compare that found it: the other side of a divergence is the same, turned around */
  plan: ComparePlan
  upstream: string
  downstream: string
}

/** Commits, newest first, each opening on GitHub. */
function Commits({ comparison }: { comparison: Comparison }) {
  const commits = comparison.commits.toReversed()
  return (
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
  )
}

/**
 * What the downstream app runs that upstream does not: the other side of a divergence, one more
 * compare (base and head turned around), read when the list is opened.
 */
function OtherSide({
  plan,
  upstream,
  downstream,
  count,
}: Omit<CommitListProps, 'comparison'> & { count: number }) {
  const compared = useComparison({ ...plan, base: plan.head, head: plan.base })
  return (
    <section className="mt-4">
      <h3 className="font-semibold text-slate-900">
        {plural(count, 'commit')} in {downstream} not in {upstream}
      </h3>
      {compared.kind === 'compared' ? (
        <Commits comparison={compared.comparison} />
      ) : (
        <p className="mt-2 text-slate-600" role="status">
          {compared.kind === 'failed' ? `GitHub did not say: ${compared.message}` : 'Reading them…'}
        </p>
      )}
    </section>
  )
}

/** The commits the downstream app lacks, newest first (as `pipelines:diff` lists them). */
export function CommitList({ comparison, plan, upstream, downstream }: CommitListProps) {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">
        {plural(comparison.ahead_by, 'commit')} in {upstream} not yet in {downstream}
      </h3>
      {comparison.commits.length > 0 ? (
        <Commits comparison={comparison} />
      ) : (
        <p className="mt-2 text-slate-600">
          {upstream} has no commits that {downstream} lacks.
        </p>
      )}
      {comparison.status === 'diverged' && (
        <OtherSide
          plan={plan}
          upstream={upstream}
          downstream={downstream}
          count={comparison.behind_by}
        />
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
