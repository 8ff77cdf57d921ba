import { UserRoundX } from 'lucide-react'
import { memo, useState } from 'react'
import type { ReviewApp } from '@/api/review-apps'
import type { BoardEntry } from '@/lib/board'
import type { CiResult } from '@/lib/ci'
import type { BoardStage } from '@/lib/stages'
import type { DragCard } from '../dnd/drag-card'
import { DRAG_CARD_ATTRIBUTE, DragHandle } from '../dnd/drag-handle'
import type { NeighbourStage } from '../drift/drift-list'
import type { RunningCode } from '../drift/use-running-codes'
import { useAppAccess } from '@/hooks/use-access'
import { accessBlocker, NEEDED } from '@/lib/access'
import { appOwnerLabel } from '@/lib/owners'
import { transferProblem, type TransferTarget } from '@/lib/transfers'
import { useNewsOf } from '../live/card-news'
import { PromoteButton, promoteButtonId } from '../promote/promote-button'
import { AppCard } from './app-card'
import { CardActionsMenu } from './card-actions-menu'
import { CardRollback } from './card-rollback'
import { DeleteReviewAppDialog } from '../review-apps/delete-review-app-dialog'
import { RemoveAppDialog } from './remove-app-dialog'
import { TransferAppDialog } from './transfer-app-dialog'
import { useMovePending } from './use-move-pending'

/** What a card can ask of the board: the same object for every card, on every render. */
export interface CardActions {
  /** the menu's way to move; drags go through the board's drop handler, to the same function */
  moveFromMenu: (card: DragCard, to: BoardStage) => void
  promote: (appId: string) => void
  retryCode: (appId: string) => void
}

interface BoardCardProps {
  entry: BoardEntry
  pipeline: { id: string; name: string }
  /** what the app runs, read for the whole board */
  runs: RunningCode
  /** the groups of the neighbouring stages, to compare with */
  neighbours: NeighbourStage[]
  /** set when the app is a review app */
  reviewApp?: ReviewApp
  /** why the app cannot promote, or null when it can; undefined in stages that never promote */
  promoteBlocker?: string | null
  /** what Heroku CI made of the commit the app runs, if it tested it */
  ci?: CiResult
  /** set when the app belongs to someone other than the pipeline's owner: that owner */
  transferTo?: TransferTarget
  actions: CardActions
}

/**
 * Whether a card would show the same: a board of 2,000 apps renders again on every move, and
 * only the cards whose app, code or neighbours changed need to follow.
 */
const sameCard = (a: BoardCardProps, b: BoardCardProps) =>
  a.entry === b.entry &&
  a.runs === b.runs &&
  a.reviewApp === b.reviewApp &&
  a.ci === b.ci &&
  a.transferTo === b.transferTo &&
  a.promoteBlocker === b.promoteBlocker &&
  a.actions === b.actions &&
  a.pipeline.id === b.pipeline.id &&
  a.pipeline.name === b.pipeline.name &&
  a.neighbours.length === b.neighbours.length &&
  a.neighbours.every((stage, i) => stage.signature === b.neighbours[i]?.signature)

/** An app card on the board: draggable by its grip, with its actions menu. */
export const BoardCard = memo(function BoardCard({
  entry,
  pipeline,
  runs,
  neighbours,
  reviewApp,
  promoteBlocker,
  ci,
  transferTo,
  actions,
}: BoardCardProps) {
  // The name is known from the app or from its newest release, whichever came first.
  const { appId, stage, app, latest, couplingId, name } = entry
  const card: DragCard = { appId, name, stage }
  const news = useNewsOf(appId)
  const movePending = useMovePending(pipeline.id, couplingId)
  const access = useAppAccess(app)
  const blockers = {
    move: accessBlocker(access, NEEDED.move, name, 'move it'),
    rollBack: accessBlocker(access, NEEDED.rollBack, name, 'roll it back'),
    remove: reviewApp
      ? accessBlocker(access, NEEDED.remove, name, 'delete it')
      : accessBlocker(access, NEEDED.remove, name, 'remove it from the pipeline'),
  }
  // Promoting needs deploy on the targets, which the dialog checks; a viewer has it on none.
  const viewerBlocker = access.viewerOf
    ? `As a viewer in ${access.viewerOf}, you cannot promote its apps.`
    : access.permissions?.length === 0
      ? `You have no access to ${name}.`
      : null
  const [removing, setRemoving] = useState(false)
  const [deletingReviewApp, setDeletingReviewApp] = useState(false)
  const [rollingBack, setRollingBack] = useState(false)
  const [transferring, setTransferring] = useState(false)
  const owner = app?.owner ? appOwnerLabel(app.owner.email) : 'someone else'
  // Back to the card's menu button, or, once the card has left the board, to the board's heading.
  const focusActions = (cardRemoved = false) =>
    (
      (!cardRemoved && document.getElementById(actionsTriggerId(appId))) ||
      document.getElementById('board-heading')
    )?.focus()

  return (
    <div {...{ [DRAG_CARD_ATTRIBUTE]: '' }} className="data-[dragging=true]:opacity-40">
      <AppCard
        runs={runs}
        onRetryCode={() => actions.retryCode(appId)}
        neighbours={neighbours}
        reviewApp={reviewApp}
        ci={ci}
        pipelineId={pipeline.id}
        appId={appId}
        name={name}
        stage={stage}
        app={app}
        latest={latest}
        news={news}
        // Already in the column it goes to: "here" needs no naming, and the note stays short.
        pending={movePending ? 'Waiting for Heroku to move it' : undefined}
        leading={
          // Review apps come from pull requests and stay in Review, and a card is not movable
          // until its name is known (announcements speak names).
          stage !== 'review' && name ? (
            <DragHandle id={dragHandleId(appId)} card={card} blocker={blockers.move} />
          ) : null
        }
        note={
          transferTo && (
            <p className="mt-2 flex items-start gap-1.5 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-950">
              <UserRoundX aria-hidden="true" className="mt-px size-3.5 shrink-0 text-amber-700" />
              <span className="wrap-anywhere">
                Owned by {owner}, not {transferTo.label}
              </span>
            </p>
          )
        }
        footer={
          promoteBlocker !== undefined && name ? (
            <PromoteButton
              id={promoteButtonId(appId)}
              blocker={promoteBlocker ?? viewerBlocker}
              onPromote={() => actions.promote(appId)}
            />
          ) : null
        }
        controls={
          name && (
            <CardActionsMenu
              appName={name}
              stage={stage}
              triggerId={actionsTriggerId(appId)}
              blockers={blockers}
              onMove={(to) => actions.moveFromMenu(card, to)}
              onRollback={() => setRollingBack(true)}
              onRemove={() => setRemoving(true)}
              webUrl={app?.web_url}
              onDeleteReviewApp={reviewApp ? () => setDeletingReviewApp(true) : undefined}
              transfer={
                transferTo && {
                  label: transferTo.label,
                  blocker:
                    accessBlocker(access, NEEDED.remove, name, 'transfer it') ??
                    (app ? transferProblem(app, transferTo) : null),
                  onSelect: () => setTransferring(true),
                }
              }
            />
          )
        }
      />
      {removing && (
        <RemoveAppDialog
          open
          onOpenChange={setRemoving}
          pipelineId={pipeline.id}
          pipelineName={pipeline.name}
          appName={name}
          couplingId={couplingId}
          returnFocusTo={focusActions}
        />
      )}
      {deletingReviewApp && reviewApp && (
        <DeleteReviewAppDialog
          open
          onOpenChange={setDeletingReviewApp}
          pipelineId={pipeline.id}
          reviewApp={reviewApp}
          appName={name}
          returnFocus={focusActions}
        />
      )}
      {transferring && transferTo && (
        <TransferAppDialog
          open
          onOpenChange={setTransferring}
          app={{ id: appId, name }}
          currentOwner={owner}
          target={transferTo}
          returnFocusTo={() => focusActions()}
        />
      )}
      {rollingBack && name && (
        <CardRollback
          app={{ id: appId, name }}
          onClose={() => setRollingBack(false)}
          returnFocusTo={() => focusActions()}
        />
      )}
    </div>
  )
}, sameCard)

const actionsTriggerId = (appId: string) => `actions-${appId}`
const dragHandleId = (appId: string) => `move-${appId}`

/**
 * A moved card is mounted again in its new column, so the control the user was on is gone. Once
 * the board has rendered the move, focus the same control on the card in its new place, which
 * `reveal` first scrolls into view (a long column renders only what is on screen).
 */
export function refocusMovedCard(
  appId: string,
  control: 'actions' | 'drag-handle',
  stage: BoardStage,
  reveal: (stage: BoardStage, appId: string) => boolean,
) {
  const id = control === 'actions' ? actionsTriggerId(appId) : dragHandleId(appId)
  let frames = 0
  // The move shows after the cache update, a few frames later: wait for the card's new place.
  const attempt = () => {
    const element = document.getElementById(id)
    const column = element?.closest('section')?.getAttribute('aria-labelledby')
    if (element && column === `stage-${stage}`) return element.focus({ preventScroll: false })
    if (!element || column !== `stage-${stage}`) reveal(stage, appId)
    if (++frames < 60) requestAnimationFrame(attempt)
    else element?.focus()
  }
  requestAnimationFrame(attempt)
}
