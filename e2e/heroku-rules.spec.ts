import { expect, test, type Page } from '@playwright/test'
import { card, expectNoAxeViolations } from './support/board'
import { signInToSandbox } from './support/sandbox'

/**
 * Heroku's rules, played by the sandbox: a second factor for protected apps, a budget of
 * requests that runs low, and 429 once it is spent.
 */
const CODE = '246810'

function platformRequests(page: Page) {
  const seen: { method: string; path: string; twoFactorCode: string | null; at: number }[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== 'https://api.heroku.com') return
    seen.push({
      method: request.method(),
      path: url.pathname,
      twoFactorCode: request.headers()['heroku-two-factor-code'] ?? null,
      at: Date.now(),
    })
  })
  return seen
}

async function openBoardFromList(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('a promotion to a protected app asks for a two-factor code, by keyboard, and goes through with it', async ({
  page,
}) => {
  const requests = platformRequests(page)
  await signInToSandbox(page)
  await page.evaluate((code) => {
    const backend = window.stageboardDemo?.backend
    if (backend) backend.twoFactor = { apps: new Set(['storefront-prod']), code }
  }, CODE)
  await openBoardFromList(page, 'storefront')

  await card(page, 'storefront-staging').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote storefront-staging' })
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()

  const prompt = page.getByRole('dialog', { name: 'Two-factor code needed' })
  await expect(prompt).toContainText(
    'Heroku says: A second authentication factor is required for this request.',
  )
  await expect(prompt.getByLabel('Two-factor code')).toBeFocused()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('two-factor.png') })

  await page.keyboard.type(CODE)
  await page.keyboard.press('Enter')
  await expect(prompt).toBeHidden()
  const progress = page.getByRole('dialog', { name: 'Promotion from storefront-staging' })
  await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app', { timeout: 15_000 })

  const starts = requests.filter((r) => r.method === 'POST' && r.path === '/pipeline-promotions')
  expect(starts.map((r) => r.twoFactorCode)).toEqual([null, CODE])
})

test('a low budget shows in the header and slows the polling of a promotion', async ({ page }) => {
  const requests = platformRequests(page)
  await signInToSandbox(page)
  await page.evaluate(() => window.stageboardDemo?.backend.rateLimit.set(300))
  await openBoardFromList(page, 'storefront')
  await expect(page.getByText(/^\d{3} API requests left/)).toBeVisible()
  await expectNoAxeViolations(page)

  await card(page, 'storefront-staging').getByRole('button', { name: 'Promote…' }).click()
  await page
    .getByRole('dialog', { name: 'Promote storefront-staging' })
    .getByRole('button', { name: 'Promote to 1 app' })
    .click()
  const progress = page.getByRole('dialog', { name: 'Promotion from storefront-staging' })
  await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app', { timeout: 30_000 })

  // One poll every five seconds, not every second: 12 requests a minute against 75 coming back.
  const polls = requests.filter((r) => r.path.endsWith('/promotion-targets')).map((r) => r.at)
  expect(polls.length).toBeGreaterThanOrEqual(2)
  const gaps = polls.slice(1).map((at, i) => at - (polls[i] ?? 0))
  expect(Math.min(...gaps)).toBeGreaterThan(4000)
})

test('429: the header says until when, a move is refused without a request, and the board reads itself once the wait is over', async ({
  page,
}) => {
  const requests = platformRequests(page)
  // The page's clock, so the minute's wait can pass at once; it runs at its own pace until then.
  await page.clock.install()
  await signInToSandbox(page)
  await openBoardFromList(page, 'billing-api')
  await page.getByRole('link', { name: 'Pipelines', exact: true }).click()
  await page.evaluate(() => window.stageboardDemo?.backend.rateLimit.drain())

  // Back to the board: its reads hear 429 and wait; the board keeps what it showed.
  await page.getByRole('link', { name: 'billing-api', exact: true }).click()
  const waiting = page.getByText(/^Heroku's rate limit reached: waiting until \d/)
  await expect(waiting).toBeVisible()
  await expect(card(page, 'billing-api-dev')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('rate-limited.png') })

  // A move during the wait: refused at once in the API's words, the card back where it was.
  const changesBefore = requests.filter((r) => r.method !== 'GET').length
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await expect(
    page.getByText(/Your account reached the API rate limit\. Try again after/),
  ).toBeVisible()
  await expect(
    page
      .getByRole('region', { name: 'Development' })
      .getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  expect(requests.filter((r) => r.method !== 'GET').length).toBe(changesBefore)

  // The minute passes (Heroku's pool refills meanwhile): the board reads itself, no button pressed.
  const readsBefore = requests.length
  await page.clock.fastForward('01:05')
  await expect(waiting).toBeHidden()
  await expect.poll(() => requests.length).toBeGreaterThan(readsBefore)
  await expect(card(page, 'billing-api-staging')).toContainText(/v\d+/)
})
