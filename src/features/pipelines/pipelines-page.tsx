import { useQuery } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { lazy, Suspense, useMemo, useRef, useState } from 'react'
import { couplingQueries, type Stage } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { Button } from '@/components/ui/button'
import { FilterBar, FilterChoice, SearchBox } from '@/components/ui/filter-bar'
import { LazyErrorPanel as ErrorPanel } from '@/components/ui/lazy-error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { formatCount } from '@/lib/format'
import { countByStage } from '@/lib/stages'
import { useAddressParams, useAddressText } from '@/hooks/use-address-params'
import {
  isPipelineSort,
  listPipelines,
  PIPELINE_SORTS,
  type PipelineSort,
} from '@/lib/pipeline-list'
import { usePageTitle } from '@/hooks/use-page-title'
import { PipelineSummary } from './pipeline-summary'
import { useOwnerDescriptions } from './use-owner-descriptions'

// The dialog and its form load when first wanted (a pointer over the button starts it): they
// are no part of the first screen most visits see.
const loadCreateDialog = () => import('./create-pipeline-dialog')
const CreatePipelineDialog = lazy(() =>
  loadCreateDialog().then((module) => ({ default: module.CreatePipelineDialog })),
)

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
  usePageTitle('Pipelines')
  const [creating, setCreating] = useState(false)
  // The dialog unmounts as it closes, before Radix could give focus back: the page does.
  const newPipelineButton = useRef<HTMLButtonElement>(null)

  // What is shown is in the address (`?q=`, `?sort=`): a link shares the view.
  const [params, setParam] = useAddressParams()
  const [query, setQuery] = useAddressText('q')
  const sortParam = params.get('sort') ?? ''
  const sort: PipelineSort = isPipelineSort(sortParam) ? sortParam : 'name'
  // Counted once per read of the couplings, not for every pipeline at every key typed in the
  // filter: 200 pipelines over 2,000 couplings were 400,000 checks a key.
  const stagesByPipeline = useMemo(() => {
    const stages = new Map<string, Stage[]>()
    for (const coupling of couplings.data ?? []) {
      const list = stages.get(coupling.pipeline.id)
      if (list) list.push(coupling.stage)
      else stages.set(coupling.pipeline.id, [coupling.stage])
    }
    return stages
  }, [couplings.data])
  // Made again only when what they show changes, not at each of the router's changes of state:
  // each row keeps its props, and its memo holds.
  const listed = useMemo(
    () =>
      pipelines.data?.map((pipeline) => {
        const counts = couplings.data && countByStage(stagesByPipeline.get(pipeline.id) ?? [])
        const owner = describeOwner(pipeline.owner)
        return {
          pipeline,
          owner,
          counts,
          ownerLabel: owner.label,
          apps: counts && Object.values(counts).reduce((sum, count) => sum + count, 0),
        }
      }),
    [pipelines.data, couplings.data, stagesByPipeline, describeOwner],
  )
  const shown = useMemo(() => listed && listPipelines(listed, query, sort), [listed, query, sort])

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
          {listed && (
            <p className="text-sm text-slate-600">{listed.length} in your account and teams</p>
          )}
        </div>
        <Button
          ref={newPipelineButton}
          variant="primary"
          aria-haspopup="dialog"
          onPointerEnter={() => void loadCreateDialog()}
          onFocus={() => void loadCreateDialog()}
          onClick={() => setCreating(true)}
        >
          <Plus aria-hidden="true" className="size-4" />
          New pipeline
        </Button>
        {creating && (
          <Suspense fallback={null}>
            <CreatePipelineDialog
              onClose={() => {
                setCreating(false)
                requestAnimationFrame(() => newPipelineButton.current?.focus())
              }}
            />
          </Suspense>
        )}
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
      ) : listed?.length === 0 ? (
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
          <FilterBar
            status={
              query.trim() === ''
                ? ''
                : shown?.length === 0
                  ? 'No pipeline matches.'
                  : `Showing ${formatCount(shown?.length ?? 0)} of ${formatCount(listed?.length ?? 0)}`
            }
          >
            <SearchBox
              label="Filter pipelines"
              placeholder="Filter by name or owner"
              value={query}
              onChange={setQuery}
            />
            <FilterChoice
              label="Sort"
              value={sort}
              options={PIPELINE_SORTS}
              onChange={(next) => setParam('sort', next === 'name' ? '' : next)}
            />
          </FilterBar>
          <ul aria-label="Pipelines" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {shown?.map(({ pipeline, owner, counts }) => (
              <li key={pipeline.id}>
                <PipelineSummary pipeline={pipeline} owner={owner} counts={counts} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
