import type React from 'react'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { toast } from '@/components/ui/toast'
import type { Pipeline } from '@/api/pipelines'
import { NotFound } from '@/components/not-found'
import { ErrorPanel } from '@/components/ui/error-panel'
import type { RowKey } from '@/components/ui/virtual-rows'
import { usePageTitle } from '@/hooks/use-page-title'
import { useStableCallbacks } from '@/hooks/use-stable-callbacks'
import { BOARD_STAGES, type BoardStage } from '@/lib/stages'
import { AddAppDialog } from './add-app-dialog'
import { CardIconSprite } from './card-icons'
import { BoardFilter, useBoardFilter } from './board-filter'
import { BoardSkeleton } from './board-skeleton'
import { CardRevealContext, createCardRevealers } from './card-reveal'
import { ColumnCards } from './column-cards'
import { BoardCard, refocusMovedCard, type CardActions } from './cards/board-card'
import { PendingReviewAppCard } from './cards/review-app-card'
import { CreateReviewAppDialog } from './review-apps/create-review-app-dialog'
import { useFollowReviewApps } from './review-apps/use-follow-review-apps'
import { BoardDnd } from './dnd/board-dnd'
import type { DragCard } from './dnd/drag-card'
import { createLandings } from './landing'
import { BoardFreshness } from './live/board-freshness'
import { CardNewsContext, useCardNews } from './live/card-news'
import { CardNewsAnnouncer } from './live/card-news-announcer'
import { useLiveBoard } from './live/use-live-board'
import { PipelineHeader } from './pipeline-header'
import { usePipelineBlocker } from '@/hooks/use-access'
import { PromotionDialog } from './promote/promotion-dialog'
import { useChoosePromote, usePromoteAhead } from './promote/use-promotion-params'
import { StageColumn } from './stage-column'
import { StageJumpBar } from './stage-jump-bar'
import { useBoard } from './use-board'
import { BoardLocksContext } from './locks/board-locks'
import { LockDialog } from './locks/lock-dialog'
import { LockNotice } from './locks/lock-notice'
import { useQuery } from '@tanstack/react-query'
import { accountQueries, teamQueries } from '@/api/account'
import type { App } from '@/api/apps'
import { lockInto, lockSentence, type Locks } from '@/lib/locks'
import { transferTarget, type TransferTarget } from '@/lib/transfers'
import { useMoveApp } from './use-move-app'

interface BoardPageProps {
  /** what can be done to the pipeline itself (rename, delete), composed by the app */
  pipelineActions?: (pipeline: Pipeline, appCount: number) => React.ReactNode
  /** what the app has to say above the columns (why drift could not be computed) */
  notices?: React.ReactNode
}

export function BoardPage({ pipelineActions, notices }: BoardPageProps) {
  const { pipelineId = '' } = useParams()
  const filter = useBoardFilter()
  const [landings] = useState(createLandings)
  const moveApp = useMoveApp(pipelineId, landings)
  const board = useBoard(pipelineId, filter.value)
  const news = useCardNews(pipelineId)
  const live = useLiveBoard(pipelineId, board.status === 'ready' ? board.updatedAt : 0)
  usePageTitle(
    board.status === 'ready'
      ? board.pipeline.name
      : board.status === 'not-found'
        ? 'Pipeline not found'
        : 'Pipeline',
  )
  const entryOf = (appId: string) => (board.status === 'ready' ? board.entryOf(appId) : undefined)
  const promoteAhead = usePromoteAhead()
  const choosePromote = useChoosePromote(promoteAhead)
  const [revealers] = useState(createCardRevealers)
  const [cardSizes] = useState(() => new Map<RowKey, number>())
  const reveal = (stage: BoardStage, appId: string) => revealers.reveal(stage, appId)

  const moveCard = (card: DragCard, to: BoardStage) =>
    moveApp({
      appId: card.appId,
      appName: card.name,
      from: card.stage,
      to,
      entry: entryOf(card.appId),
    })
  // A drop the board refuses was already shown on the column and announced: nothing more to say.
  const moveByDrop = (card: DragCard, to: BoardStage) => {
    if (moveCard(card, to).kind === 'allowed') {
      refocusMovedCard(card.appId, 'drag-handle', to, reveal)
    }
  }
  const cardActions = useStableCallbacks<CardActions>({
    moveFromMenu: (card, to) => {
      const verdict = moveCard(card, to)
      if (verdict.kind === 'refused') toast.error(verdict.reason)
      if (verdict.kind === 'allowed') refocusMovedCard(card.appId, 'actions', to, reveal)
    },
    promote: (appId) => choosePromote(appId),
    retryCode: (appId) => {
      if (board.status === 'ready') board.code.retry(appId)
    },
  })
  const pipelineData = board.status === 'ready' ? board.pipeline : undefined
  const pipelineRef = useMemo(
    () => ({ id: pipelineData?.id ?? pipelineId, name: pipelineData?.name ?? '' }),
    [pipelineData?.id, pipelineData?.name, pipelineId],
  )
  const addBlocker = usePipelineBlocker(pipelineData?.owner ?? null)
  const ownerTarget = useOwnerTarget(
    pipelineData,
    board.status === 'ready' ? board.apps : undefined,
  )
  const reviewAppNews = useFollowReviewApps(
    pipelineId,
    board.status === 'ready' ? board.reviewAppList : undefined,
  )

  if (board.status === 'not-found') {
    return (
      <NotFound title="Pipeline not found">
        No pipeline has the id {pipelineId}. It may have been deleted or renamed.
      </NotFound>
    )
  }
  if (board.status === 'failed') {
    return (
      <ErrorPanel
        title="Couldn't load this pipeline"
        asPageHeading
        error={board.error}
        onRetry={board.retry}
        retrying={board.retrying}
      />
    )
  }
  if (board.status === 'loading') {
    return (
      <>
        {/* The page's heading until the pipeline's name is known (a slow or rate-limited read). */}
        <div role="status">
          <h1 className="sr-only">Loading pipeline…</h1>
        </div>
        <BoardSkeleton />
      </>
    )
  }

  const { pipeline, entries, reviewApps } = board

  return (
    <section aria-labelledby="board-heading">
      <CardIconSprite />
      <PipelineHeader
        pipeline={pipeline}
        apps={board.apps}
        actions={
          <>
            <LockDialog pipeline={pipelineRef} locks={board.locks} blocker={addBlocker} />
            {pipelineActions?.(pipeline, entries.length)}
          </>
        }
        freshness={
          <BoardFreshness
            updatedAt={board.updatedAt}
            refreshing={live.refreshing}
            onRefresh={() => void live.refresh()}
          />
        }
      />
      {board.partialFailures.map((failure) => (
        <ErrorPanel
          key={String(failure.error)}
          className="mb-4"
          title="Part of this board could not be loaded"
          error={failure.error}
          onRetry={failure.retry}
          retrying={failure.retrying}
        />
      ))}
      {notices}
      {board.locks?.pipeline && (
        <LockNotice pipelineId={pipelineId} lock={board.locks.pipeline} blocker={addBlocker} />
      )}
      <BoardFilter
        filter={filter.value}
        onQueryChange={filter.setQuery}
        onDriftChange={filter.setDrift}
        comparing={board.comparing}
        shown={BOARD_STAGES.reduce((sum, stage) => sum + board.shownOf(stage).length, 0)}
        total={entries.length}
      />
      <StageJumpBar
        counts={{
          development: board.shownOf('development').length,
          review: board.shownOf('review').length + board.pendingShown.length,
          staging: board.shownOf('staging').length,
          production: board.shownOf('production').length,
        }}
      />
      <CardNewsAnnouncer news={news} nameOf={(appId) => entryOf(appId)?.name} />
      <p role="status" className="sr-only">
        {reviewAppNews}
      </p>
      <BoardLocksContext value={board.locks}>
        <CardNewsContext value={news}>
          <CardRevealContext value={revealers}>
            <BoardDnd onDrop={moveByDrop}>
              <div className="grid items-start gap-4 lg:grid-cols-4">
                {BOARD_STAGES.map((stage) => {
                  const inStage = board.shownOf(stage)
                  const pending = stage === 'review' ? board.pendingShown : []
                  return (
                    <StageColumn
                      key={stage}
                      stage={stage}
                      count={board.entriesOf(stage).length}
                      shownCount={board.filtering ? inStage.length + pending.length : undefined}
                      summary={board.summaryOf(stage)}
                      pendingCount={stage === 'review' ? reviewApps.pending.length : 0}
                      notice={
                        stage !== 'review' &&
                        board.locks?.[stage] && (
                          <LockNotice
                            pipelineId={pipelineId}
                            lock={board.locks[stage]}
                            blocker={addBlocker}
                            compact
                          />
                        )
                      }
                      action={
                        stage === 'review' ? (
                          <CreateReviewAppDialog
                            pipeline={pipelineRef}
                            reviewApps={board.reviewAppList}
                            blocker={lockBlocker(board.locks, stage) ?? addBlocker}
                          />
                        ) : (
                          <AddAppDialog
                            pipeline={pipelineRef}
                            stage={stage}
                            blocker={lockBlocker(board.locks, stage) ?? addBlocker}
                          />
                        )
                      }
                    >
                      <ColumnCards
                        stage={stage}
                        cards={board.cardsOf(stage)}
                        basis={board.couplings}
                        landings={landings}
                        sizes={cardSizes}
                        renderCard={(item) =>
                          item.kind === 'pending' ? (
                            <PendingReviewAppCard
                              reviewApp={item.reviewApp}
                              pipeline={pipelineRef}
                              deleteBlocker={addBlocker}
                            />
                          ) : (
                            <BoardCard
                              entry={item.entry}
                              pipeline={pipelineRef}
                              runs={board.code.of(item.entry.appId)}
                              neighbours={board.neighboursOf(item.entry.stage)}
                              reviewApp={reviewApps.byApp.get(item.entry.appId)}
                              promoteBlocker={board.promoteBlockerOf(item.entry)}
                              ci={board.ciOfApp(item.entry.appId)}
                              transferTo={ownedElsewhere(item.entry, pipeline, ownerTarget)}
                              actions={cardActions}
                            />
                          )
                        }
                      />
                    </StageColumn>
                  )
                })}
              </div>
            </BoardDnd>
          </CardRevealContext>
        </CardNewsContext>
        <PromotionDialog
          pipelineId={pipelineId}
          apps={entries}
          codes={board.code}
          ahead={promoteAhead}
        />
      </BoardLocksContext>
    </section>
  )
}

/**
 * The pipeline's owner as a transfer target, the same object from render to render (cards are
 * memoized on it); null while it is not known.
 */
function useOwnerTarget(pipeline: Pipeline | undefined, apps: App[] | undefined) {
  const teams = useQuery(teamQueries.all())
  const account = useQuery(accountQueries.current())
  const ownerId = pipeline?.owner?.id
  const ownerEmail = apps?.find((app) => app.owner?.id === ownerId)?.owner?.email
  return useMemo(
    () =>
      transferTarget(pipeline?.owner ?? null, {
        teams: teams.data,
        account: account.data,
        emailOf: () => ownerEmail,
      }),
    // The owner's identity, not the pipeline object, which is read again every minute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pipeline?.owner?.id, pipeline?.owner?.type, teams.data, account.data, ownerEmail],
  )
}

/** The target, for an app whose owner is not the pipeline's: its card says so and offers it. */
function ownedElsewhere(
  entry: { app?: App },
  pipeline: Pipeline,
  target: TransferTarget | null,
): TransferTarget | undefined {
  const owner = entry.app?.owner
  if (!target || !pipeline.owner || !owner || owner.id === pipeline.owner.id) return undefined
  return target
}

/** Adding an app to a locked stage brings its code in as a move would: refused the same way. */
function lockBlocker(locks: Locks | undefined, stage: BoardStage) {
  const lock = lockInto(locks, stage)
  return lock && lockSentence(lock)
}
