import { expect, test, type Page } from '@playwright/test'
import { card, expectNoAxeViolations } from './support/board'
import { requestsOffSchema, signInToSandbox } from './support/sandbox'

/**
 * Heroku's rules, played by the sandbox: a second factor for protected apps, a budget of
 * requests that runs low, and 429 once it is spent.
 */
const CODE = '246810'

// Whatever a test checked, every request it made took a route Heroku's schema declares.
test.afterEach(async ({ page }) => {
  expect(await requestsOffSchema(page)).toEqual([])
})

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

test('429: the header says until when, the board reads itself once the wait is over, and a change is refused without asking again', async ({
  page,
}) => {
  const requests = platformRequests(page)
  // The page's clock, so the minute's wait can pass at once; it runs at its own pace until then.
  await page.clock.install()
  await signInToSandbox(page)
  await page.evaluate(() => window.stageboardDemo?.backend.rateLimit.drain())

  // A board not seen yet: its reads hear 429 and wait, saying so; no error, nothing to press.
  await page.getByRole('link', { name: 'billing-api', exact: true }).click()
  const waiting = page.getByText(/^Heroku's rate limit reached: waiting until \d/)
  await expect(waiting).toBeVisible()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('rate-limited.png') })

  // The minute passes (Heroku's pool refills meanwhile): the board reads itself.
  await page.clock.fastForward('01:05')
  await expect(waiting).toBeHidden()
  await expect(card(page, 'billing-api-dev')).toContainText(/v\d+/)
  await expect(page.getByRole('alert')).toHaveCount(0)

  // The budget is spent again, and a card is moved: refused (by Heroku, or at once if a read
  // heard the 429 first), the card goes back, and the message says when to try again. A second
  // try in the wait is refused without a request. The pool stays empty for 30 s, however slow
  // the clicks on a busy machine: at 75 tokens a minute, it would hold one again within a second.
  await page.evaluate(() => window.stageboardDemo?.backend.rateLimit.drain(30_000))
  const development = page.getByRole('region', { name: 'Development' })
  const patches = () => requests.filter((r) => r.method === 'PATCH').length
  const sentByAttempt: number[] = []
  for (const attempt of [1, 2]) {
    await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
    await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
    await expect(
      page.getByText(/Your account reached the API rate limit\. Try again after/),
    ).toHaveCount(attempt)
    await expect(development.getByRole('article', { name: 'billing-api-dev' })).toBeVisible()
    sentByAttempt.push(patches())
  }
  expect(sentByAttempt[0]).toBeLessThanOrEqual(1)
  expect(sentByAttempt[1]).toBe(sentByAttempt[0])
  // And Heroku still has it in development: nothing was changed behind the message.
  const stageInSandbox = await page.evaluate(() => {
    const state = window.stageboardDemo?.backend.platform.state
    const app = Object.values(state?.apps ?? {}).find((a) => a.name === 'billing-api-dev')
    return Object.values(state?.couplings ?? {}).find((c) => c.appId === app?.id)?.stage
  })
  expect(stageInSandbox).toBe('development')
  await expect(waiting).toBeVisible()
})

test('private repositories without a GitHub token: the board says why drift is missing, and a token given by keyboard brings it back', async ({
  page,
}) => {
  const OWN_TOKEN = 'github_pat_11AAAAAAA0abcdefghijklmnopqrstuvwxyz'
  await signInToSandbox(page)
  await page.evaluate((token) => {
    const backend = window.stageboardDemo?.backend
    if (!backend) return
    backend.githubTokens = new Set([token])
    backend.linkedGithubToken = null
  }, OWN_TOKEN)
  await openBoardFromList(page, 'storefront')

  const notice = page.getByRole('region', {
    name: /^Drift could not be computed for \d+ comparisons?$/,
  })
  await expect(notice).toContainText('GitHub answered: Not Found')
  await expect(notice).toContainText('Heroku holds no GitHub token for your account')
  await expect(card(page, 'storefront-prod')).toContainText(
    'Not compared with storefront-staging: GitHub could not compare them (Not Found)',
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('github-notice.png') })

  await notice.getByRole('button', { name: 'Use a GitHub token' }).click()
  await expect(notice.getByLabel('GitHub token')).toBeFocused()
  await page.keyboard.type(OWN_TOKEN)
  await page.keyboard.press('Enter')
  await expect(card(page, 'storefront-prod')).toContainText(
    /\d+ commits? behind storefront-staging/,
  )
  await expect(notice).toBeHidden()
  // Kept beside the Heroku key, for this tab (the key was not remembered on the device).
  expect(await page.evaluate(() => sessionStorage.getItem('stageboard:github-token'))).toBe(
    OWN_TOKEN,
  )
})
