import { createContext, use } from 'react'
import type { Locks } from '@/lib/locks'

/** The board's locks, for what judges a move deep in the tree (columns, drag announcements). */
export const BoardLocksContext = createContext<Locks | undefined>(undefined)

export const useBoardLocks = () => use(BoardLocksContext)
