import { expect, test, type Page } from '@playwright/test'
import { card, column, expectNoAxeViolations, openBoard } from './support/board'

/** Someone else (the CLI, a teammate) moves an app, straight through the API. */
function moveElsewhere(page: Page, appName: string, stage: string) {
  return page.evaluate(
    async ([name, to]) => {
      const headers = {
        Accept: 'application/vnd.heroku+json; version=3',
        'Content-Type': 'application/json',
      }
      const api = 'https://api.heroku.com'
      const coupling = (await (
        await fetch(`${api}/apps/${name}/pipeline-couplings`, { headers })
      ).json()) as { id: string }
      const response = await fetch(`${api}/pipeline-couplings/${coupling.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ stage: to }),
      })
      return response.status
    },
    [appName, stage],
  )
}

declare global {
  interface Window {
    __apiPaths?: string[]
  }
}

/** Notes the path of every request the page sends to Heroku (with a fake clock, the browser's
 * own timings of requests are not kept). */
const countRequests = (page: Page) =>
  page.addInitScript(() => {
    const send = window.fetch.bind(window)
    window.__apiPaths = []
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      if (url.host === 'api.heroku.com') window.__apiPaths?.push(url.pathname)
      return send(input, init)
    }
  })

/** The API requests the page has sent so far (ids left out). */
const requestsSoFar = (page: Page) =>
  page.evaluate(() =>
    (window.__apiPaths ?? []).map((path) => path.replace(/[0-9a-f-]{36}/g, ':id')),
  )

/** The tab as the browser sees it when the person switches away, then back. */
const setTabHidden = (page: Page, hidden: boolean) =>
  page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { value, configurable: true })
    Object.defineProperty(document, 'visibilityState', {
      value: value ? 'hidden' : 'visible',
      configurable: true,
    })
    document.dispatchEvent(new Event('visibilitychange'))
  }, hidden)

test('a board left open catches up by itself: each minute, and as soon as its tab comes back', async ({
  page,
}) => {
  await page.clock.install()
  await countRequests(page)
  await openBoard(page, 'billing-api')
  await expect(page.getByText('Updated just now')).toBeVisible()
  expect(await moveElsewhere(page, 'billing-api-dev', 'staging')).toBe(200)
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()

  // Counted from when every card has what it shows (on a busy machine, dynos come late).
  await expect(page.getByText('Dynos:', { exact: true })).toHaveCount(5)
  const before = (await requestsSoFar(page)).length
  await page.clock.runFor(60_000)
  const moved = column(page, 'staging').getByRole('article', { name: 'billing-api-dev' })
  await expect(moved).toBeVisible()
  await expect(moved).toContainText('Moved here from Development')
  await expect(page.getByText('Updated just now')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('card-news.png') })
  // A minute of an open board costs the five lists that move: 300 requests an hour.
  expect((await requestsSoFar(page)).slice(before).toSorted()).toEqual([
    '/pipelines/:id/latest-releases',
    '/pipelines/:id/pipeline-couplings',
    '/pipelines/:id/review-apps',
    '/pipelines/:id/stage/test/config-vars',
    '/pipelines/:id/test-runs',
  ])
  // The note goes after a few seconds.
  await page.clock.runFor(10_000)
  await expect(moved).not.toContainText('Moved here from Development')

  // Away from the tab, nothing is asked; back on it, the board is read at once.
  await setTabHidden(page, true)
  const whileAway = (await requestsSoFar(page)).length
  await page.clock.runFor(120_000)
  expect((await requestsSoFar(page)).length).toBe(whileAway)
  expect(await moveElsewhere(page, 'billing-api-dev', 'development')).toBe(200)
  await setTabHidden(page, false)
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible({ timeout: 1000 })
  await expect(card(page, 'billing-api-dev')).toContainText('Moved here from Staging')
})

test('Refresh reads the board again now, by keyboard too, and says when it is done', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  expect(await moveElsewhere(page, 'billing-api-eu', 'staging')).toBe(200)
  const refresh = page.getByRole('button', { name: 'Refresh the board' })
  await refresh.focus()
  await page.keyboard.press('Enter')
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Board updated at / })).toBeAttached()
  await expect(refresh).toBeFocused()
})
