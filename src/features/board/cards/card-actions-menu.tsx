import { ArrowRightLeft, ExternalLink, Trash2, Undo2, Unlink, UserRoundCheck } from 'lucide-react'
import type React from 'react'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  MenuButton,
} from '@/components/ui/dropdown-menu'
import { moveTargetsFrom } from '@/lib/moves'
import { STAGE_LABELS, type BoardStage } from '@/lib/stages'
import { CardIcon } from '../card-icons'

/** Why the person may not do each of the menu's actions; null where they may. */
export interface CardBlockers {
  move: string | null
  rollBack: string | null
  remove: string | null
}

interface CardActionsMenuProps {
  appName: string
  stage: BoardStage
  /** the trigger's id, so focus can find the card again after it moves column */
  triggerId: string
  blockers: CardBlockers
  onMove: (to: BoardStage) => void
  onRollback: () => void
  onRemove: () => void
  /** the app's address on the web, to open it */
  webUrl?: string | null
  /** set for a review app: deletes it, app and all, instead of taking it out of the pipeline */
  onDeleteReviewApp?: () => void
  /** set for an app owned by someone else: gives it to the pipeline's owner */
  transfer?: { label: string; blocker: string | null; onSelect: () => void }
}

/**
 * A card's "…" menu: move it to another stage, roll it back, or take it out of the pipeline. What
 * the person may not do stays in the menu, dimmed but reachable by keyboard: each such item says
 * in a line what it needs, and is described by the whole reason.
 */
export function CardActionsMenu({
  appName,
  stage,
  triggerId,
  blockers,
  onMove,
  onRollback,
  onRemove,
  webUrl,
  onDeleteReviewApp,
  transfer,
}: CardActionsMenuProps) {
  const targets = moveTargetsFrom(stage) as BoardStage[]
  return (
    <MenuButton
      button={
        <Button id={triggerId} size="icon" variant="ghost" aria-label={`Actions for ${appName}`}>
          <CardIcon name="actions" />
        </Button>
      }
    >
      <DropdownMenuContent aria-label={`Actions for ${appName}`} className="max-w-72">
        {targets.length === 0 && <DropdownMenuLabel>Review apps stay in Review</DropdownMenuLabel>}
        {targets.map((to) => (
          <ActionItem key={to} blocker={blockers.move} onSelect={() => onMove(to)}>
            <ArrowRightLeft aria-hidden="true" />
            Move to {STAGE_LABELS[to]}
          </ActionItem>
        ))}
        <DropdownMenuSeparator />
        {webUrl && (
          <DropdownMenuItem asChild>
            <a href={webUrl} target="_blank" rel="noreferrer">
              <ExternalLink aria-hidden="true" />
              Open app
            </a>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem asChild>
          <a
            href={`https://dashboard.heroku.com/apps/${encodeURIComponent(appName)}`}
            target="_blank"
            rel="noreferrer"
          >
            <ExternalLink aria-hidden="true" />
            Open in Heroku Dashboard
          </a>
        </DropdownMenuItem>
        <ActionItem blocker={blockers.rollBack} onSelect={onRollback}>
          <Undo2 aria-hidden="true" />
          Roll back…
        </ActionItem>
        {transfer && (
          <ActionItem blocker={transfer.blocker} onSelect={transfer.onSelect}>
            <UserRoundCheck aria-hidden="true" />
            Transfer to {transfer.label}…
          </ActionItem>
        )}
        {onDeleteReviewApp ? (
          <ActionItem tone="danger" blocker={blockers.remove} onSelect={onDeleteReviewApp}>
            <Trash2 aria-hidden="true" />
            Delete review app…
          </ActionItem>
        ) : (
          <ActionItem tone="danger" blocker={blockers.remove} onSelect={onRemove}>
            <Unlink aria-hidden="true" />
            Remove from pipeline…
          </ActionItem>
        )}
      </DropdownMenuContent>
    </MenuButton>
  )
}

/** "You need the manage permission on api to move it." → "Needs the manage permission" */
const shortReason = (reason: string) => {
  const permission = /the (\w+) permission/.exec(reason)?.[1]
  return permission ? `Needs the ${permission} permission` : reason
}

function ActionItem({
  blocker,
  onSelect,
  tone,
  children,
}: {
  blocker: string | null
  onSelect: () => void
  tone?: 'default' | 'danger'
  children: React.ReactNode
}) {
  const reasonId = useId()
  if (!blocker) {
    return (
      <DropdownMenuItem tone={tone} onSelect={onSelect}>
        {children}
      </DropdownMenuItem>
    )
  }
  return (
    <DropdownMenuItem
      tone={tone}
      aria-disabled="true"
      aria-describedby={reasonId}
      // Stays open: choosing it does nothing, and its reason is right there.
      onSelect={(event) => event.preventDefault()}
      className="flex-wrap"
    >
      <span className="flex items-center gap-2 opacity-60">{children}</span>
      <span aria-hidden="true" className="basis-full pl-6 text-xs text-slate-600">
        {shortReason(blocker)}
      </span>
      <span id={reasonId} hidden>
        {blocker}
      </span>
    </DropdownMenuItem>
  )
}
