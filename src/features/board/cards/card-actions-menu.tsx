import { ArrowRightLeft, Undo2, Unlink } from 'lucide-react'
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

interface CardActionsMenuProps {
  appName: string
  stage: BoardStage
  /** the trigger's id, so focus can find the card again after it moves column */
  triggerId: string
  onMove: (to: BoardStage) => void
  onRollback: () => void
  onRemove: () => void
}

/** A card's "…" menu: move it to another stage, or take it out of the pipeline. */
export function CardActionsMenu({
  appName,
  stage,
  triggerId,
  onMove,
  onRollback,
  onRemove,
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
      <DropdownMenuContent aria-label={`Actions for ${appName}`}>
        {targets.length === 0 && <DropdownMenuLabel>Review apps stay in Review</DropdownMenuLabel>}
        {targets.map((to) => (
          <DropdownMenuItem key={to} onSelect={() => onMove(to)}>
            <ArrowRightLeft aria-hidden="true" />
            Move to {STAGE_LABELS[to]}
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={onRollback}>
          <Undo2 aria-hidden="true" />
          Roll back…
        </DropdownMenuItem>
        <DropdownMenuItem tone="danger" onSelect={onRemove}>
          <Unlink aria-hidden="true" />
          Remove from pipeline…
        </DropdownMenuItem>
      </DropdownMenuContent>
    </MenuButton>
  )
}
