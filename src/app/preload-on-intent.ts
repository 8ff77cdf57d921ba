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
    const { pathname } = link
    if (started.has(pathname)) return
    started.add(pathname)
    for (const { route } of matchRoutes(routes, pathname) ?? []) {
      // A failed load (offline) is the visit's to report, when it comes.
      if (typeof route.lazy === 'function') route.lazy().catch(() => {})
    }
  }
  document.addEventListener('pointerover', onIntent)
  document.addEventListener('focusin', onIntent)
  return () => {
    document.removeEventListener('pointerover', onIntent)
    document.removeEventListener('focusin', onIntent)
  }
}
