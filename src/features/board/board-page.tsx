import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { toast } from 'sonner'
import { appQueries, type App } from '@/api/apps'
import { ApiError } from '@/api/client'
import { couplingQueries, type Coupling } from '@/api/couplings'
import { pipelineQueries } from '@/api/pipelines'
import { releaseQueries, type Release } from '@/api/releases'
import { reviewAppQueries } from '@/api/review-apps'
import { NotFoundPage } from '@/app/not-found-page'
import { ErrorPanel } from '@/components/ui/error-panel'
import { neighboursOf } from '@/lib/drift'
import { promoteBlocker } from '@/lib/promotion'
import { BOARD_STAGES, downstreamOf, isBoardStage, type BoardStage } from '@/lib/stages'
import { AddAppDialog } from './add-app-dialog'
import { BoardCard, refocusMovedCard } from './board-card'
import { BoardDnd } from './board-dnd'
import { BoardSkeleton } from './board-skeleton'
import { DeletePipelineDialog } from './delete-pipeline-dialog'
import type { DragCard } from './drag-card'
import type { Neighbour } from './drift-line'
import { PipelineHeader } from './pipeline-header'
import { PromotionDialog } from './promote/promotion-dialog'
import { usePromotionParams } from './promote/use-promotion-params'
import { RenamePipelineDialog } from './rename-pipeline-dialog'
import { PendingReviewAppCard } from './review-app-card'
import { StageColumn } from './stage-column'
import { useMoveApp } from './use-move-app'

interface BoardEntry {
  appId: string
  couplingId: string
  stage: BoardStage
  name: string
  app: App | undefined
  latest: Release | null | undefined
}

/** Whether the app has a release to promote; unknown (undefined) until its releases are read. */
function hasSucceededRelease(latest: Release | null | undefined): boolean | undefined {
  if (latest === null) return false
  return latest?.status === 'succeeded' ? true : undefined
}

/** Joins couplings, apps and latest releases into one entry per card, sorted by name per stage. */
function boardEntries(
  couplings: Coupling[],
  apps: App[] | undefined,
  latest: Release[] | undefined,
): BoardEntry[] {
  const appsById = new Map(apps?.map((app) => [app.id, app]))
  const latestByApp = new Map(latest?.map((release) => [release.app.id, release]))
  return couplings
    .flatMap((coupling): BoardEntry[] => {
      const { stage } = coupling
      if (!isBoardStage(stage)) return []
      const app = appsById.get(coupling.app.id)
      return [
        {
          appId: coupling.app.id,
          couplingId: coupling.id,
          stage,
          name: app?.name ?? '',
          app,
          latest: latest === undefined ? undefined : (latestByApp.get(coupling.app.id) ?? null),
        },
      ]
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export function BoardPage() {
  const { pipelineId = '' } = useParams()
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const couplings = useQuery(couplingQueries.byPipeline(pipelineId))
  const apps = useQuery(appQueries.ofPipeline(pipelineId))
  const latest = useQuery(releaseQueries.latestOfPipeline(pipelineId))
  const reviewApps = useQuery(reviewAppQueries.ofPipeline(pipelineId))
  const moveApp = useMoveApp(pipelineId)
  const promotion = usePromotionParams()

  if (pipeline.error instanceof ApiError && pipeline.error.status === 404) {
    return (
      <NotFoundPage title="Pipeline not found">
        No pipeline has the id {pipelineId}. It may have been deleted or renamed.
      </NotFoundPage>
    )
  }
  const failed = [pipeline, couplings].find((query) => query.isError)
  if (failed) {
    return (
      <ErrorPanel
        title="Couldn't load this pipeline"
        error={failed.error}
        onRetry={() => void Promise.all([pipeline.refetch(), couplings.refetch()])}
        retrying={pipeline.isFetching || couplings.isFetching}
      />
    )
  }
  if (!pipeline.data || !couplings.data) {
    return (
      <>
        <p role="status" className="sr-only">
          Loading pipeline…
        </p>
        <BoardSkeleton />
      </>
    )
  }

  const entries = boardEntries(couplings.data, apps.data, latest.data)
  const neighbourList = (entry: BoardEntry): Neighbour[] =>
    neighboursOf(entry, entries).map(({ appId, name, stage, latest: release }) => ({
      appId,
      name,
      stage,
      latest: release,
    }))
  const reviewByApp = new Map(reviewApps.data?.flatMap((r) => (r.app ? [[r.app.id, r]] : [])))
  const coupledIds = new Set(entries.map((entry) => entry.appId))
  const pendingReviewApps = (reviewApps.data ?? []).filter(
    (r) => !r.app || !coupledIds.has(r.app.id),
  )

  const sideErrors = [apps, latest, reviewApps].filter((query) => query.isError)
  const pipelineRef = { id: pipeline.data.id, name: pipeline.data.name }

  // A drop the board refuses was already shown on the column and announced: nothing more to say.
  const moveByDrop = (card: DragCard, to: BoardStage) => {
    const verdict = moveApp({ appId: card.appId, appName: card.name, from: card.stage, to })
    if (verdict.kind === 'allowed') refocusMovedCard(card.appId, 'drag-handle', to)
  }

  const moveByMenu = (card: DragCard, to: BoardStage) => {
    const verdict = moveApp(
      { appId: card.appId, appName: card.name, from: card.stage, to },
      { confirm: true },
    )
    if (verdict.kind === 'refused') toast.error(verdict.reason)
    if (verdict.kind === 'allowed') refocusMovedCard(card.appId, 'actions', to)
  }

  return (
    <section aria-labelledby="board-heading">
      <PipelineHeader
        pipeline={pipeline.data}
        apps={apps.data}
        actions={
          <>
            <RenamePipelineDialog pipeline={pipeline.data} />
            <DeletePipelineDialog pipeline={pipeline.data} appCount={entries.length} />
          </>
        }
      />
      {sideErrors.map((query) => (
        <ErrorPanel
          key={String(query.error)}
          className="mb-4"
          title="Part of this board could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ))}
      <BoardDnd onDrop={moveByDrop}>
        <div className="grid items-start gap-4 lg:grid-cols-4">
          {BOARD_STAGES.map((stage) => {
            const inStage = entries.filter((entry) => entry.stage === stage)
            const pending = stage === 'review' ? pendingReviewApps : []
            return (
              <StageColumn
                key={stage}
                stage={stage}
                count={inStage.length}
                pendingCount={pending.length}
                action={
                  stage === 'review' ? undefined : (
                    <AddAppDialog pipeline={pipelineRef} stage={stage} />
                  )
                }
              >
                {inStage.map((entry) => (
                  <li key={entry.appId}>
                    <BoardCard
                      couplingId={entry.couplingId}
                      pipeline={pipelineRef}
                      onMoveFromMenu={moveByMenu}
                      promote={
                        downstreamOf(entry.stage)
                          ? {
                              blocker: promoteBlocker(
                                {
                                  ...entry,
                                  hasSucceededRelease: hasSucceededRelease(entry.latest),
                                },
                                entries,
                              ),
                              onPromote: () => promotion.choose(entry.appId),
                            }
                          : undefined
                      }
                      appId={entry.appId}
                      stage={entry.stage}
                      app={entry.app}
                      latest={entry.latest}
                      neighbours={neighbourList(entry)}
                      reviewApp={reviewByApp.get(entry.appId)}
                    />
                  </li>
                ))}
                {pending.map((reviewApp) => (
                  <li key={reviewApp.id}>
                    <PendingReviewAppCard reviewApp={reviewApp} />
                  </li>
                ))}
              </StageColumn>
            )
          })}
        </div>
      </BoardDnd>
      <PromotionDialog pipelineId={pipelineId} apps={entries} />
    </section>
  )
}
