import { createContext, use } from 'react'
import type { BackendKind } from './session'

/** What the header may do about who the dashboard talks to. */
export interface Connection {
  /** reloads on the other backend; absent in a build without the demo */
  switchTo?: (kind: BackendKind) => void
  /** forgets the Heroku key in every tab and returns to Connect; absent in the demo */
  signOut?: () => void
  /** keeps a GitHub token given for drift beside the Heroku key; absent in the demo */
  keepGithubToken?: (token: string | null) => void
}

export const ConnectionContext = createContext<Connection>({})

export const useConnection = () => use(ConnectionContext)
