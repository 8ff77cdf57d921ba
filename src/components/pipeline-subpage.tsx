import { ChevronRight } from 'lucide-react'
import { Link } from 'react-router'
import { NotFound } from './not-found'

/** A pipeline's own page (Activity, Tests, Settings): back to its board, then the page. */
export function PipelineBreadcrumb({
  pipelineId,
  pipelineName,
  page,
}: {
  pipelineId: string
  /** unknown until the pipeline is read */
  pipelineName: string | undefined
  page: string
}) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
      <Link to={`/pipelines/${pipelineId}`} className="hover:text-violet-800 hover:underline">
        {pipelineName ?? 'Pipeline'}
      </Link>
      <ChevronRight aria-hidden="true" className="mx-1 inline size-4" />
      <span aria-current="page">{page}</span>
    </nav>
  )
}

/** What a pipeline's page shows when Heroku has no such pipeline (404). */
export function PipelineNotFound({ pipelineId }: { pipelineId: string }) {
  return (
    <NotFound title="Pipeline not found">
      No pipeline has the id {pipelineId}. It may have been deleted or renamed.
    </NotFound>
  )
}
