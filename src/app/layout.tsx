import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useSyncExternalStore } from 'react'
import { Link, Outlet, ScrollRestoration, type Location } from 'react-router'
import { Toaster } from '@/components/ui/toaster'
import { accountQueries } from '@/api/account'
import { Button } from '@/components/ui/button'
import { Brand, HeaderBar } from '@/components/header-bar'
import { useConnection } from '@/features/connect/connection'
import { useDemoBackend } from './demo-backend'
import { isBudgetLow, rateBudget } from '@/api/rate-limit'
import { ThemeSwitch } from './theme-switch'
import { TwoFactorPrompt } from './two-factor-prompt'

// Demo only (and the reset a dialog's worth of code): a visit to a real account never loads them.
const ScenarioSwitch = lazy(() =>
  import('./scenario-switch').then((module) => ({ default: module.ScenarioSwitch })),
)
const DemoNotices = lazy(() =>
  import('./demo-notices').then((module) => ({ default: module.DemoNotices })),
)
const AccountSwitch = lazy(() =>
  import('./account-switch').then((module) => ({ default: module.AccountSwitch })),
)
const RateLimitStatus = lazy(() =>
  import('./rate-limit-status').then((module) => ({ default: module.RateLimitStatus })),
)
const ResetDemoButton = lazy(() =>
  import('./reset-demo-button').then((module) => ({ default: module.ResetDemoButton })),
)

/**
 * Scroll is kept per page, not per history entry: a new page opens at its top and Back finds the
 * old one where it was, while a board's own parameters (its filter, a dialog) leave it in place.
 */
const scrollKey = (location: Location) => location.pathname

export function Layout() {
  const demo = useDemoBackend()
  const connection = useConnection()
  const account = useQuery(accountQueries.current())

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-sm focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <HeaderBar>
        <Link to="/" className="rounded">
          <Brand />
        </Link>
        <nav aria-label="Main" className="text-sm">
          <Link
            to="/"
            data-shortcut="pipelines"
            className="rounded px-2 py-1 text-violet-100 hover:bg-violet-800 hover:text-white"
          >
            Pipelines
          </Link>
        </nav>
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2 text-sm">
          <RateLimitRegion />
          {demo && (
            <>
              <span className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-semibold text-amber-950">
                Demo backend
              </span>
              {/* Their room is kept while they load: on a phone the header would wrap late and
                  push the page down under the reader's eyes. */}
              <Suspense
                fallback={<span aria-hidden="true" className="h-8 w-[165px] sm:w-[246px]" />}
              >
                <ScenarioSwitch demo={demo} />
              </Suspense>
              <Suspense fallback={<span aria-hidden="true" className="h-8 w-9 sm:w-40" />}>
                <ResetDemoButton demo={demo} />
              </Suspense>
            </>
          )}
          {demo && connection.switchTo && (
            <Button size="sm" variant="onDark" onClick={() => connection.switchTo?.('heroku')}>
              Connect to Heroku
            </Button>
          )}
          {demo ? (
            <Suspense
              fallback={
                demo.accounts().length >= 2 && <span aria-hidden="true" className="h-8 w-48" />
              }
            >
              <AccountSwitch demo={demo} email={account.data?.email} />
            </Suspense>
          ) : (
            account.data && (
              <span className="hidden text-violet-100 sm:inline" title="Signed in as">
                {account.data.email}
              </span>
            )
          )}
          <ThemeSwitch />
          {connection.signOut && (
            <Button size="sm" variant="onDark" onClick={connection.signOut}>
              Sign out
            </Button>
          )}
        </div>
      </HeaderBar>
      {demo && (
        <Suspense fallback={null}>
          <DemoNotices store={demo.notices} />
        </Suspense>
      )}
      <main id="main" className="mx-auto w-full max-w-[1600px] flex-1 px-4 py-6 sm:px-6">
        <Outlet />
      </main>
      <TwoFactorPrompt />
      <ScrollRestoration getKey={scrollKey} />
      <Toaster />
    </div>
  )
}

/**
 * A polite live region for Heroku's request budget, there from the start so that what comes into
 * it is announced; what it says loads once the budget first runs low or out (most visits never).
 */
function RateLimitRegion() {
  const budget = useSyncExternalStore(rateBudget.subscribe, rateBudget.get)
  return (
    <span role="status" className="flex">
      {(budget.waitUntil !== null || isBudgetLow()) && (
        <Suspense fallback={null}>
          <RateLimitStatus />
        </Suspense>
      )}
    </span>
  )
}
