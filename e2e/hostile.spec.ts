import { expect, test } from '@playwright/test'
import { card, expectNoAxeViolations } from './support/board'

const LONG_NAME = 'w'.repeat(10_000)
const SPOOF = '\u202Eevil <img src=x onerror="window.__pwned = true"> fix'

test('hostile text from the API stays inert text, is isolated, and long names keep the layout', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
  // The API (a compromised proxy, a careless integration) sends a pipeline name of 10,000
  // characters, and a commit message with markup and a right-to-left override.
  await page.evaluate(
    async ({ name, message }) => {
      const backend = window.stageboardDemo?.backend
      if (!backend) throw new Error('the demo backend runs')
      await backend.transact(() => {
        const { state } = backend.platform
        const pipeline = Object.values(state.pipelines).find((p) => p.name === 'billing-api')
        if (pipeline) pipeline.name = name
        for (const slug of Object.values(state.slugs)) slug.commit_description = message
        backend.platform.markDirty()
      })
    },
    { name: LONG_NAME, message: SPOOF },
  )
  await page.reload()
  await page.getByRole('link', { name: LONG_NAME }).click()
  await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible()

  // The page is no wider than the window, and the pipeline's actions are on screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  )
  await expect(page.getByRole('button', { name: 'Rename' })).toBeInViewport()
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeInViewport()

  // The markup is shown as text, never made into an element or run.
  const staging = card(page, 'billing-api-staging')
  await expect(staging).toContainText('<img src=x onerror="window.__pwned = true"> fix')
  expect(await page.locator('main img').count()).toBe(0)
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined()
  // The override is held inside the message's own element.
  const message = staging.getByText(SPOOF)
  expect(await message.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate')
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('hostile.png') })
})
