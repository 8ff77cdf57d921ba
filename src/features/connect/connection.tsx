import { createContext, use } from 'react'
import type { Account } from '@/api/account'
import type { BackendKind } from './session'

/** What the header may do about who the dashboard talks to. */
export interface Connection {
  backend: BackendKind
  /** reloads on the other backend; absent in a build without the demo */
  switchTo?: (kind: BackendKind) => void
  /** forgets the Heroku key in every tab and returns to Connect; absent in the demo */
  signOut?: () => void
}

export const ConnectionContext = createContext<Connection>({ backend: 'demo' })

export const useConnection = () => use(ConnectionContext)

/** What Connect hands back once Heroku accepted a key. */
export interface Connected {
  account: Account
  token: string
  remember: boolean
}
