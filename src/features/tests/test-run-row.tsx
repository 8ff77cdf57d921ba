import { useQuery } from '@tanstack/react-query'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { CheckCircle2, CircleAlert, CircleSlash, LoaderCircle, RotateCw } from 'lucide-react'
import { useId } from 'react'
import { testRunMutations, testRunQueries, type TestRun } from '@/api/test-runs'
import { ReleaseLog } from '@/components/release-log'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { RelativeTime } from '@/components/ui/relative-time'
import { toast } from '@/components/ui/toast'
import { verdictOf, type CiVerdict } from '@/lib/ci'
import { cn } from '@/lib/cn'
import { firstLine, shortSha } from '@/lib/format'

const VERDICT_LOOK: Record<CiVerdict, { Icon: typeof CheckCircle2; className: string }> = {
  passed: { Icon: CheckCircle2, className: 'text-emerald-800' },
  failed: { Icon: CircleAlert, className: 'text-red-800' },
  errored: { Icon: CircleAlert, className: 'text-red-800' },
  running: { Icon: LoaderCircle, className: 'text-amber-900' },
  cancelled: { Icon: CircleSlash, className: 'text-slate-700' },
}

interface TestRunRowProps {
  run: TestRun
  pipelineId: string
  /** whether its output is shown */
  open: boolean
  onOpenChange: (open: boolean) => void
  /** why the person may not run tests here, or null when they may */
  rerunBlocker: string | null
  /** told of the run made by "Run again" */
  onRerun: (made: TestRun) => void
}

/** One test run: what it tested and how it went, its output on demand, and "Run again". */
export function TestRunRow({
  run,
  pipelineId,
  open,
  onOpenChange,
  rerunBlocker,
  onRerun,
}: TestRunRowProps) {
  const outputId = useId()
  const verdict = verdictOf(run)
  const { Icon, className } = VERDICT_LOOK[verdict]
  const rerun = useSingleMutation({
    ...testRunMutations.rerun(pipelineId),
    onSuccess: (made) => {
      toast.success(`Testing ${shortSha(run.commit_sha)} again as run #${made.number}`)
      onRerun(made)
    },
  })
  const rerunLabel = `Run #${run.number} again`

  return (
    <li className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 p-3">
        <p
          className={cn(
            'flex w-full shrink-0 items-center gap-1.5 text-sm font-medium sm:w-40',
            className,
          )}
        >
          <Icon
            aria-hidden="true"
            className={cn(
              'size-4 shrink-0',
              verdict === 'running' && 'animate-spin motion-reduce:animate-none',
            )}
          />
          <span>
            #{run.number} {run.status}
          </span>
        </p>
        <div className="min-w-0 flex-1 basis-64">
          <p className="flex min-w-0 items-center gap-2 text-sm text-slate-900">
            <code className="shrink-0 rounded bg-slate-100 px-1 font-mono text-xs leading-5">
              {shortSha(run.commit_sha)}
            </code>
            <span className="truncate" title={run.commit_message}>
              {firstLine(run.commit_message)}
            </span>
          </p>
          <p className="mt-0.5 truncate text-xs text-slate-600">
            <span className="font-mono">{run.commit_branch}</span> · {run.actor_email} ·{' '}
            <RelativeTime iso={run.created_at} />
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Button
            size="sm"
            aria-expanded={open}
            aria-controls={outputId}
            aria-label={`Output of run #${run.number}`}
            onClick={() => onOpenChange(!open)}
          >
            Output
          </Button>
          {rerunBlocker ? (
            <BlockedButton size="sm" reason={rerunBlocker} aria-label={rerunLabel}>
              <RotateCw aria-hidden="true" className="size-4" />
              Run again
            </BlockedButton>
          ) : (
            <Button
              size="sm"
              aria-label={rerunLabel}
              disabled={rerun.isPending}
              onClick={() => rerun.send(run)}
            >
              <RotateCw aria-hidden="true" className="size-4" />
              {rerun.isPending ? 'Starting…' : 'Run again'}
            </Button>
          )}
        </div>
      </div>
      {rerun.isError && (
        <div className="px-3 pb-3">
          <ErrorPanel title={`Run #${run.number} was not started again`} error={rerun.error} />
        </div>
      )}
      <div id={outputId} hidden={!open} className="border-t border-slate-100 p-3">
        {open && <TestRunOutput run={run} />}
      </div>
    </li>
  )
}

/** The run's test node: its setup (the build) and its output (the tests), as they are written. */
function TestRunOutput({ run }: { run: TestRun }) {
  // A run asked for a moment ago may have no node yet: asked again until it has one.
  const nodes = useQuery({
    ...testRunQueries.nodes(run.id),
    refetchInterval: (query) =>
      query.state.data?.length === 0 && verdictOf(run) === 'running' ? 2_000 : false,
  })
  if (nodes.isError) {
    return (
      <ErrorPanel
        title="Couldn't read this run's test node"
        error={nodes.error}
        onRetry={() => void nodes.refetch()}
        retrying={nodes.isFetching}
      />
    )
  }
  const node = nodes.data?.[0]
  if (!node) {
    return (
      <p role="status" className="text-sm text-slate-700">
        {nodes.isPending ? 'Reading the test node…' : 'This run has no test node yet.'}
      </p>
    )
  }
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <div>
        <p className="mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">Setup</p>
        <ReleaseLog
          streamUrl={node.setup_stream_url}
          label={`Setup of run #${run.number}`}
          words={{
            failed: "Couldn't read the setup",
            running: 'Building…',
            empty: 'The setup printed nothing.',
          }}
        />
      </div>
      <div>
        <p className="mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase">Tests</p>
        <ReleaseLog
          streamUrl={node.output_stream_url}
          label={`Test output of run #${run.number}`}
          words={{
            failed: "Couldn't read the test output",
            running: 'Tests running…',
            empty: 'The tests printed nothing.',
          }}
        />
      </div>
    </div>
  )
}
