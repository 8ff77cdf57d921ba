import { Link } from 'react-router'
import { cn } from '@/lib/cn'
import { CI_WORDS, type CiResult } from '@/lib/ci'
import { CardIcon, type CardIconName } from '../card-icons'

const ICONS: Record<CiResult['verdict'], CardIconName> = {
  passed: 'identical',
  failed: 'alert',
  errored: 'alert',
  running: 'loading',
  cancelled: 'not-compared',
}

/**
 * What Heroku CI made of the commit the app runs: words and a shape, never colour alone; the run's
 * number links to its output on the pipeline's Tests page.
 */
export function CiSummary({ ci, pipelineId }: { ci: CiResult; pipelineId: string }) {
  return (
    <p
      className={cn(
        'flex shrink-0 items-center gap-1 text-xs leading-4',
        ci.verdict === 'passed' && 'text-emerald-800',
        (ci.verdict === 'failed' || ci.verdict === 'errored') && 'text-red-800',
        ci.verdict === 'running' && 'text-amber-900',
        ci.verdict === 'cancelled' && 'text-slate-700',
      )}
    >
      <CardIcon
        name={ICONS[ci.verdict]}
        className={cn(
          'size-3.5',
          ci.verdict === 'running' && 'animate-spin motion-reduce:animate-none',
        )}
      />
      <span>{CI_WORDS[ci.verdict]}</span>
      <Link
        to={`/pipelines/${pipelineId}/tests?run=${ci.run.number}`}
        className="rounded underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-violet-600"
        aria-label={`Test run #${ci.run.number} (${CI_WORDS[ci.verdict]})`}
      >
        #{ci.run.number}
      </Link>
    </p>
  )
}
