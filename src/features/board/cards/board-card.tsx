import { useDraggable } from '@dnd-kit/core'
import { useState } from 'react'
import type { BoardEntry } from '@/lib/board'
import { cn } from '@/lib/cn'
import type { BoardStage } from '@/lib/stages'
import type { DragCard } from '../dnd/drag-card'
import { DragHandle } from '../dnd/drag-handle'
import { PromoteButton, promoteButtonId } from '../promote/promote-button'
import { AppCard, type AppCardProps } from './app-card'
import { CardActionsMenu } from './card-actions-menu'
import { CardRollback } from './card-rollback'
import { RemoveAppDialog } from './remove-app-dialog'

interface BoardCardProps extends Pick<
  AppCardProps,
  'neighbours' | 'reviewApp' | 'runs' | 'onRetryCode'
> {
  entry: BoardEntry
  pipeline: { id: string; name: string }
  /** set on cards that can promote (development, staging): why not, or how */
  promote?: { blocker: string | null; onPromote: () => void }
  /** the menu's way to move; drags go through the board's drop handler, to the same function */
  onMoveFromMenu: (card: DragCard, to: BoardStage) => void
}

/** An app card on the board: draggable by its grip, with its actions menu. */
export function BoardCard({
  entry,
  pipeline,
  promote,
  onMoveFromMenu,
  ...cardProps
}: BoardCardProps) {
  const { appId, stage, app, latest, couplingId } = entry
  const name = app?.name ?? ''
  const card: DragCard = { appId, name, stage }
  const [removing, setRemoving] = useState(false)
  const [rollingBack, setRollingBack] = useState(false)
  // Back to the card's menu button, or, once the card has left the board, to the board's heading.
  const focusActions = (cardRemoved = false) =>
    (
      (!cardRemoved && document.getElementById(actionsTriggerId(appId))) ||
      document.getElementById('board-heading')
    )?.focus()
  // Review apps come from pull requests and stay in Review, and a card is not movable until its
  // name is known (announcements speak names).
  const { setNodeRef, isDragging, attributes, listeners, setActivatorNodeRef } = useDraggable({
    id: appId,
    data: card,
    disabled: stage === 'review' || !app,
  })

  return (
    <div ref={setNodeRef} className={cn(isDragging && 'opacity-40')}>
      <AppCard
        {...cardProps}
        appId={appId}
        stage={stage}
        app={app}
        latest={latest}
        leading={
          stage !== 'review' && app ? (
            <DragHandle
              id={dragHandleId(appId)}
              appName={name}
              attributes={attributes}
              listeners={listeners}
              setActivatorNodeRef={setActivatorNodeRef}
            />
          ) : null
        }
        footer={
          promote && app ? (
            <PromoteButton
              id={promoteButtonId(appId)}
              blocker={promote.blocker}
              onPromote={promote.onPromote}
            />
          ) : null
        }
        controls={
          app && (
            <CardActionsMenu
              appName={name}
              stage={stage}
              triggerId={actionsTriggerId(appId)}
              onMove={(to) => onMoveFromMenu(card, to)}
              onRollback={() => setRollingBack(true)}
              onRemove={() => setRemoving(true)}
            />
          )
        }
      />
      <RemoveAppDialog
        open={removing}
        onOpenChange={setRemoving}
        pipelineId={pipeline.id}
        pipelineName={pipeline.name}
        appName={name}
        couplingId={couplingId}
        returnFocusTo={focusActions}
      />
      {rollingBack && app && (
        <CardRollback
          app={{ id: appId, name }}
          onClose={() => setRollingBack(false)}
          returnFocusTo={() => focusActions()}
        />
      )}
    </div>
  )
}

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
