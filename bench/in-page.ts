/**
 * What the bench installs in every page it opens (as an init script; the scale e2e test too): a
 * count of API requests, which columns still wait for a card, and a way to wait for the board's
 * visible cards. Plain browser code: it is serialized as is.
 */
export function installProbes() {
  const apis = ['https://api.heroku.com', 'https://kolkrabbi.heroku.com', 'https://api.github.com']
  const probe = {
    requests: 0,
    /**
     * How many of the board's columns have a stretch on screen with no card: a column's list is
     * as tall as all its cards (an inline height) and renders those near the screen, so a gap is
     * a card yet to render.
     */
    columnsWaiting(): number {
      const uncovered = (list: Element) => {
        const box = list.getBoundingClientRect()
        const bottom = Math.min(box.bottom, innerHeight)
        let reached = Math.max(box.top, 0)
        if (bottom <= reached) return false
        const rows = [...list.children].map((row) => row.getBoundingClientRect())
        for (const row of rows.toSorted((a, b) => a.top - b.top)) {
          if (row.top > reached + 1) return true
          reached = Math.max(reached, row.bottom)
        }
        return reached < bottom - 1
      }
      const lists = document.querySelectorAll(
        'main section[aria-labelledby^="stage-"] ul[style*="height"]',
      )
      return [...lists].filter(uncovered).length
    },
    /** Resolves with the time (ms since the page started) of the first frame in which every card
     * in view shows its release, and no part of a column in view waits for its card; null if that
     * takes longer than `timeoutMs`. */
    cardsReady(timeoutMs: number): Promise<number | null> {
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect()
        return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth
      }
      return new Promise((resolve) => {
        const giveUp = performance.now() + timeoutMs
        const check = () => {
          const cards = [...document.querySelectorAll('main article[aria-labelledby^="app-"]')]
          const shown = cards.filter(inView)
          // A card shows its release as "v23" in an element of its own.
          const released = (card: Element) =>
            [...card.querySelectorAll('span')].some((span) => /^v\d+$/.test(span.textContent ?? ''))
          const ready =
            document.querySelector('main h1') !== null &&
            shown.length > 0 &&
            shown.every(released) &&
            probe.columnsWaiting() === 0
          if (ready) requestAnimationFrame(() => resolve(performance.now()))
          else if (performance.now() > giveUp) resolve(null)
          else requestAnimationFrame(check)
        }
        check()
      })
    },
    /** Times from the next `event` on the page to the first frame in which `selector` matches. */
    timeFrom(event: 'click' | 'keydown', selector: string, timeoutMs: number) {
      return new Promise<{ script: number; painted: number } | null>((resolve) => {
        const begin = (start: number) => {
          const done = () => {
            const script = performance.now() - start
            observer.disconnect()
            requestAnimationFrame(() => resolve({ script, painted: performance.now() - start }))
          }
          const observer = new MutationObserver(() => {
            if (document.querySelector(selector)) done()
          })
          observer.observe(document.body, { childList: true, subtree: true })
          setTimeout(() => {
            observer.disconnect()
            resolve(null)
          }, timeoutMs)
        }
        document.addEventListener(event, () => begin(performance.now()), {
          capture: true,
          once: true,
        })
      })
    },
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (apis.some((api) => entry.name.startsWith(api))) probe.requests += 1
    }
  }).observe({ type: 'resource', buffered: true })
  Object.assign(window, { __bench: probe })
}

export type Probe = {
  requests: number
  columnsWaiting(): number
  cardsReady(timeoutMs: number): Promise<number | null>
  timeFrom(
    event: 'click' | 'keydown',
    selector: string,
    timeoutMs: number,
  ): Promise<{ script: number; painted: number } | null>
}
