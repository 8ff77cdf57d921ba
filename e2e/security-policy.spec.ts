import { expect, test, type Page } from '@playwright/test'
import { card, openBoard } from './support/board'
import { requestsOffSchema, SANDBOX_KEY, signInToSandbox } from './support/sandbox'

/** Every Content-Security-Policy violation the page reports, kept where the test can read it. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
    })
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

test('the built page contacts only Heroku and GitHub, and works within its policy', async ({
  page,
}) => {
  const violations = await recordViolations(page)
  await openBoard(page, 'billing-api')
  await expect(card(page, 'billing-api-staging')).toContainText('4 commits ahead of billing-api')
  await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
  await expect(page.getByRole('dialog', { name: 'Promote billing-api-staging' })).toBeVisible()
  await page.keyboard.press('Escape')
  expect(await violations()).toEqual([])

  // Any other host is refused by the browser itself, before a request leaves the page.
  const elsewhere = await page.evaluate(() =>
    fetch('https://collector.example.com/keys').then(
      () => 'sent',
      () => 'refused',
    ),
  )
  expect(elsewhere).toBe('refused')
  expect(await violations()).toEqual(['connect-src https://collector.example.com/keys'])
})

test('signed in to Heroku, the board works within the same policy and on routes Heroku declares', async ({
  page,
}) => {
  const violations = await recordViolations(page)
  await signInToSandbox(page)
  await page.getByRole('link', { name: 'storefront', exact: true }).click()
  await expect(card(page, 'storefront-prod')).toContainText('behind storefront-staging')
  expect(await violations()).toEqual([])
  expect(await requestsOffSchema(page)).toEqual([])

  // A route Heroku does not have is answered as Heroku answers it, and noted.
  const answer = await page.evaluate(async (key) => {
    const response = await fetch('https://api.heroku.com/pipelines/storefront/apps', {
      headers: {
        Accept: 'application/vnd.heroku+json; version=3',
        Authorization: `Bearer ${key}`,
      },
    })
    return { status: response.status, body: (await response.json()) as { id: string } }
  }, SANDBOX_KEY)
  expect(answer).toMatchObject({ status: 404, body: { id: 'not_found' } })
  expect(await requestsOffSchema(page)).toEqual([
    expect.stringMatching(/^GET \/pipelines\/storefront\/apps: The requested API endpoint/),
  ])
})
