import type { Active } from '@dnd-kit/core'
import type { BoardStage } from '@/lib/stages'

/** What a dragged card carries: enough to check the move and to announce it in words. */
export interface DragCard {
  appId: string
  name: string
  stage: BoardStage
}

export const dragCardOf = (active: Active | null): DragCard | undefined =>
  active?.data.current as DragCard | undefined
