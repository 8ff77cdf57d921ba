import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useAddressParams } from '@/hooks/use-address-params'
import { isNotFound } from '@/api/client'
import { pipelineQueries } from '@/api/pipelines'
import { testRunQueries } from '@/api/test-runs'
import { PipelineBreadcrumb, PipelineNotFound } from '@/components/pipeline-subpage'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { usePipelineBlocker } from '@/hooks/use-access'
import { usePageTitle } from '@/hooks/use-page-title'
import { followsCi, testedBranches } from '@/lib/ci'
import { TestRunRow } from './test-run-row'

/** How often the page reads the runs while one is under way. */
const FOLLOW_EVERY_MS = 3_000

/**
 * A pipeline's Heroku CI runs, newest first: by branch, each with its output and a way to run it
 * again. The branch shown and the run opened are in the address, so a link shares the view (a
 * card's "#12" opens run 12 here).
 */
export function TestsPage() {
  const { pipelineId = '' } = useParams()
  const [params, setParam] = useAddressParams()
  const branch = params.get('branch') ?? ''
  const opened = Number(params.get('run') ?? NaN)
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const runs = useQuery({
    ...testRunQueries.ofPipeline(pipelineId),
    refetchInterval: (query) => (followsCi(query.state.data, Date.now()) ? FOLLOW_EVERY_MS : false),
  })
  const blocker = usePipelineBlocker(pipeline.data?.owner ?? null)
  usePageTitle(pipeline.data ? `${pipeline.data.name} tests` : 'Tests')

  if (isNotFound(pipeline.error)) {
    return <PipelineNotFound pipelineId={pipelineId} />
  }
  const shown = (runs.data ?? []).filter((run) => !branch || run.commit_branch === branch)

  return (
    <section aria-labelledby="tests-heading">
      <PipelineBreadcrumb pipelineId={pipelineId} pipelineName={pipeline.data?.name} page="Tests" />
      <header className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="tests-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            Tests
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            Heroku CI's runs of {pipeline.data?.name ?? 'this pipeline'}, newest first.
          </p>
        </div>
        {runs.data && runs.data.length > 0 && (
          <label className="flex items-center gap-2 text-sm text-slate-800">
            Branch
            <select
              value={branch}
              onChange={(event) => setParam('branch', event.target.value)}
              className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              <option value="">All branches</option>
              {testedBranches(runs.data).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {runs.isError ? (
        <ErrorPanel
          title="Couldn't read the test runs"
          error={runs.error}
          onRetry={() => void runs.refetch()}
          retrying={runs.isFetching}
        />
      ) : runs.isPending ? (
        <div role="status" aria-label="Loading test runs" className="space-y-2">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
      ) : shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-700">
          {branch
            ? `No test run of ${branch}.`
            : 'No test runs yet. Heroku CI runs the tests of each push once it is enabled for the pipeline.'}
        </p>
      ) : (
        <ol aria-label="Test runs" className="space-y-2">
          {shown.map((run) => (
            <TestRunRow
              key={run.id}
              run={run}
              pipelineId={pipelineId}
              open={run.number === opened}
              onOpenChange={(open) => setParam('run', open ? String(run.number) : null)}
              rerunBlocker={blocker}
              onRerun={(made) => setParam('run', String(made.number))}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
