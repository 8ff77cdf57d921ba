import { expect, type Page } from '@playwright/test'

/**
 * A real Heroku account, played by the mock in strict mode (the sandbox): without one of its keys
 * every request is answered 401, as api.heroku.com does.
 */
export const SANDBOX_KEY = '01234567-89ab-cdef-0123-456789abcdef'

export async function useSandbox(page: Page) {
  // On the context: every tab of this browser talks to the same played Heroku.
  await page.context().addInitScript((key) => {
    window.__STAGEBOARD_SANDBOX__ = { apiKeys: [key] }
  }, SANDBOX_KEY)
}

/** From the demo to the sandbox's account, as a person does: Connect, paste the key, Enter. */
export async function signInToSandbox(page: Page) {
  await useSandbox(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Connect to Heroku' }).click()
  await page.getByLabel('Heroku API key').fill(SANDBOX_KEY)
  await page.keyboard.press('Enter')
  await expect(page.getByTitle('Signed in as')).toHaveText('ada@northwind.dev')
}

/** What the sandbox refused as off Heroku's schema ("GET /pipelines/…/apps: …"): none, in a test. */
export function requestsOffSchema(page: Page) {
  return page.evaluate(() => window.stageboardDemo?.backend.requestProblems ?? [])
}
