import { useQuery } from '@tanstack/react-query'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { countByStage } from '@/lib/stages'
import { CreatePipelineDialog } from './create-pipeline-dialog'
import { PipelineSummary } from './pipeline-summary'
import { useOwnerDescriptions } from './use-owner-descriptions'

function PipelineSummarySkeletons() {
  return (
    <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {[0, 1, 2, 3, 4, 5].map((index) => (
        <li key={index} className="rounded-xl border border-slate-200 bg-white p-4">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="mt-2 h-4 w-28" />
          <div className="mt-4 grid grid-cols-4 gap-1.5">
            {[0, 1, 2, 3].map((cell) => (
              <Skeleton key={cell} className="h-14" />
            ))}
          </div>
          <Skeleton className="mt-3 h-3 w-32" />
        </li>
      ))}
    </ul>
  )
}

export function PipelinesPage() {
  const pipelines = useQuery(pipelineQueries.all())
  const couplings = useQuery(couplingQueries.all())
  const describeOwner = useOwnerDescriptions(pipelines.data)

  const sorted = pipelines.data?.toSorted((a, b) => a.name.localeCompare(b.name))
  const countsFor = (pipelineId: string) =>
    couplings.data &&
    countByStage(couplings.data.filter((c) => c.pipeline.id === pipelineId).map((c) => c.stage))

  return (
    <section aria-labelledby="pipelines-heading">
      <div className="mb-5 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1
            id="pipelines-heading"
            className="text-2xl font-semibold tracking-tight text-slate-900"
          >
            Pipelines
          </h1>
          {sorted && (
            <p className="text-sm text-slate-600">{sorted.length} in your account and teams</p>
          )}
        </div>
        <CreatePipelineDialog />
      </div>

      {pipelines.isPending ? (
        <>
          <p className="sr-only" role="status">
            Loading pipelines…
          </p>
          <PipelineSummarySkeletons />
        </>
      ) : pipelines.isError ? (
        <ErrorPanel
          title="Couldn't load your pipelines"
          error={pipelines.error}
          onRetry={() => void pipelines.refetch()}
          retrying={pipelines.isFetching}
        />
      ) : sorted?.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium text-slate-900">No pipelines yet</p>
          <p className="mt-1 text-sm text-slate-600">
            A pipeline groups the apps that share a codebase into development, staging and
            production.
          </p>
        </div>
      ) : (
        <>
          {couplings.isError && (
            <ErrorPanel
              className="mb-4"
              title="Couldn't count the apps in each stage"
              error={couplings.error}
              onRetry={() => void couplings.refetch()}
              retrying={couplings.isFetching}
            />
          )}
          <ul aria-label="Pipelines" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {sorted?.map((pipeline) => (
              <li key={pipeline.id}>
                <PipelineSummary
                  pipeline={pipeline}
                  owner={describeOwner(pipeline.owner)}
                  counts={countsFor(pipeline.id)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
