import { matchRoutes, type RouteObject } from 'react-router'

/**
 * A page's code starts loading when a person shows they are about to open it: the pointer comes
 * onto a link to it, or Tab reaches the link. That comes a few hundred milliseconds before the
 * click, about what a board's code takes to arrive and compile on a first visit. Only the code:
 * its requests wait for the visit (the route's loader), as a hover is not a visit and Heroku's
 * request budget is hourly.
 *
 * Returns what stops listening.
 */
export function preloadOnIntent(routes: RouteObject[]): () => void {
  const started = new Set<string>()
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return
    // Opened elsewhere (another tab, a download): not this tab's next page.
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return
    // Offline, a load would fail, and browsers remember a module that failed to load: the
    // visit, once back online, would fail too.
    if (!navigator.onLine) return
    const { pathname } = link
    if (started.has(pathname)) return
    started.add(pathname)
    for (const { route } of matchRoutes(routes, pathname) ?? []) {
      // Every route here loads its page with a function (see router.tsx). A load that fails
      // anyway is the visit's to report, when it comes.
      if (typeof route.lazy === 'function') route.lazy().catch(() => {})
    }
  }
  // Captured: a component that keeps the event to itself does not keep the page from loading.
  document.addEventListener('pointerover', onIntent, { capture: true })
  document.addEventListener('focusin', onIntent, { capture: true })
  return () => {
    document.removeEventListener('pointerover', onIntent, { capture: true })
    document.removeEventListener('focusin', onIntent, { capture: true })
  }
}
