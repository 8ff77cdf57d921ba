import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { appQueries } from '@/api/apps'
import { ApiError } from '@/api/client'
import { couplingQueries } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { NotFoundPage } from '@/app/not-found-page'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { BOARD_STAGES, STAGE_LABELS } from '@/lib/stages'

export function BoardPage() {
  const { pipelineId = '' } = useParams()
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const couplings = useQuery(couplingQueries.byPipeline(pipelineId))
  const apps = useQuery(appQueries.ofPipeline(pipelineId))

  if (pipeline.error instanceof ApiError && pipeline.error.status === 404) {
    return (
      <NotFoundPage title="Pipeline not found">
        No pipeline has the id {pipelineId}. It may have been deleted.
      </NotFoundPage>
    )
  }
  if (pipeline.isError) {
    return (
      <ErrorPanel
        title="Couldn't load this pipeline"
        error={pipeline.error}
        onRetry={() => void pipeline.refetch()}
        retrying={pipeline.isFetching}
      />
    )
  }
  const appName = (id: string) => apps.data?.find((app) => app.id === id)?.name
  return (
    <section aria-labelledby="board-heading">
      <h1 id="board-heading" className="mb-4 text-2xl font-semibold text-slate-900">
        {pipeline.data?.name ?? <Skeleton className="h-8 w-48" />}
      </h1>
      <div className="grid gap-4 md:grid-cols-4">
        {BOARD_STAGES.map((stage) => (
          <section
            key={stage}
            aria-label={STAGE_LABELS[stage]}
            className="rounded-xl bg-slate-100 p-3"
          >
            <h2 className="font-semibold">{STAGE_LABELS[stage]}</h2>
            <ul className="mt-2 space-y-2">
              {couplings.data
                ?.filter((c) => c.stage === stage)
                .map((c) => (
                  <li key={c.id} className="rounded-lg bg-white p-3 shadow-sm">
                    {appName(c.app.id) ?? <Skeleton className="h-4 w-24" />}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
