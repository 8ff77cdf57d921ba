import { useQueryClient } from '@tanstack/react-query'
import type React from 'react'
import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState } from 'react'
import { accountQueries } from '@/api/account'
import { onUnauthorized, setGithubToken, setHerokuToken } from '@/api/client'
import type { Connected } from './connect-screen'
import { ConnectionContext, type Connection } from './connection'
import type { Session } from './session'

// Shown only when no key is kept: a signed-in visit never loads it.
const ConnectScreen = lazy(() =>
  import('./connect-screen').then((module) => ({ default: module.ConnectScreen })),
)

/** Tabs of this browser tell each other when the person signs out. */
const CHANNEL = 'stageboard:session'
const SIGNED_OUT = 'signed-out'

interface HerokuGateProps {
  session: Session
  /** forgets answers kept across reloads for Heroku (they are the signed-out person's) */
  forgetKeptAnswers: () => void
  switchTo?: Connection['switchTo']
  children: React.ReactNode
}

/**
 * The dashboard on a real Heroku account: Connect until a key is kept, then the pages. A 401 from
 * Heroku, or signing out here or in another tab, forgets the key and comes back to Connect,
 * saying why; the address stays, so connecting again returns to the same page.
 */
export function HerokuGate({ session, forgetKeptAnswers, switchTo, children }: HerokuGateProps) {
  const queryClient = useQueryClient()
  const [signedIn, setSignedIn] = useState(() => session.key() !== null)
  // Requests under way when the key is refused hear 401 too (or are cut short): the first says why.
  const isSignedIn = useRef(signedIn)
  const [reason, setReason] = useState<string | null>(null)
  // One channel for hearing and telling: a message reaches every other channel of the name, in
  // this tab too, but not the one that sent it.
  const channel = useRef<BroadcastChannel | null>(null)

  /** Forgets the key and every answer read with it, and shows Connect saying why. */
  const end = (why: string) => {
    if (!isSignedIn.current) return
    isSignedIn.current = false
    session.forgetKey()
    setHerokuToken(null)
    setGithubToken(null)
    queryClient.clear()
    forgetKeptAnswers()
    setReason(why)
    setSignedIn(false)
  }
  // The same, from the API client and other tabs, which hold on to it.
  const endFromOutside = useEffectEvent(end)

  useEffect(() => {
    const here = new BroadcastChannel(CHANNEL)
    channel.current = here
    onUnauthorized((error) =>
      endFromOutside(`Heroku no longer accepts the API key: ${error.message}`),
    )
    here.onmessage = (event: MessageEvent) => {
      if (event.data === SIGNED_OUT) endFromOutside('You signed out in another tab.')
    }
    return () => {
      onUnauthorized(null)
      here.close()
      channel.current = null
    }
  }, [])

  const connected = ({ account, token, remember }: Connected) => {
    if (!session.keepKey(token, remember)) {
      console.warn('Stageboard could not store the API key: it lasts until this tab closes.')
    }
    setHerokuToken(token)
    queryClient.clear()
    queryClient.setQueryData(accountQueries.current().queryKey, account)
    setReason(null)
    isSignedIn.current = true
    setSignedIn(true)
  }

  const signOut = () => {
    channel.current?.postMessage(SIGNED_OUT)
    end('You signed out. The API key is forgotten in every tab of this browser.')
  }

  if (!signedIn) {
    return (
      <Suspense fallback={null}>
        <ConnectScreen
          reason={reason}
          onConnected={connected}
          onUseDemo={switchTo && (() => switchTo('demo'))}
        />
      </Suspense>
    )
  }
  const keepGithubToken = (token: string | null) => session.keepGithubToken(token)
  return (
    <ConnectionContext value={{ switchTo, signOut, keepGithubToken }}>{children}</ConnectionContext>
  )
}
