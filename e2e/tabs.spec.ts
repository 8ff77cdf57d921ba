import { expect, test, type Page } from '@playwright/test'
import { card, column, openBoard, stageInApi } from './support/board'

/** What the demo's other tabs must show within, after a change in one (issue: one truth). */
const CONVERGED_WITHIN_MS = 2000

async function moveByMenu(page: Page, appName: string, to: string) {
  await page.getByRole('button', { name: `Actions for ${appName}` }).click()
  await page.getByRole('menuitem', { name: `Move to ${to}` }).click()
}

test('two tabs are two clients of one Heroku: each shows the other’s change within 2 s, and neither undoes it', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()]
  await openBoard(first, 'billing-api')
  await openBoard(second, 'billing-api')

  await moveByMenu(first, 'billing-api-dev', 'Staging')
  await expect(
    column(second, 'staging').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible({
    timeout: CONVERGED_WITHIN_MS,
  })

  // The second tab moves another app at once: before, its own copy of the demo data (without
  // the first move) was saved over the first tab's, and the first move was lost on reload.
  await moveByMenu(second, 'billing-api-eu', 'Staging')
  await expect(
    column(first, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible({
    timeout: CONVERGED_WITHIN_MS,
  })

  for (const page of [first, second]) {
    await page.reload()
    await expect(
      column(page, 'staging').getByRole('article', { name: 'billing-api-dev' }),
    ).toBeVisible()
    await expect(
      column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
    ).toBeVisible()
  }
  expect(await stageInApi(first, 'billing-api', 'billing-api-dev')).toBe('staging')
  expect(await stageInApi(second, 'billing-api', 'billing-api-eu')).toBe('staging')
})

test('acting on an app another tab took out of the pipeline gets the API’s 404, and the board catches up', async ({
  context,
}) => {
  const [first, second] = [await context.newPage(), await context.newPage()]
  await openBoard(first, 'billing-api')
  await openBoard(second, 'billing-api')
  // The second tab's next read of the board is slow: it still shows the app when it acts.
  await second.evaluate(() =>
    window.stageboardDemo?.injectFault({
      method: 'GET',
      url: '/pipelines/[^/]+/pipeline-couplings$',
      delayMs: 10_000,
    }),
  )

  await first.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await first.getByRole('menuitem', { name: 'Remove from pipeline' }).click()
  await first.getByRole('button', { name: 'Remove from pipeline' }).click()
  await expect(card(first, 'billing-api-eu')).toHaveCount(0)

  await expect(card(second, 'billing-api-eu')).toBeVisible()
  await moveByMenu(second, 'billing-api-eu', 'Staging')
  await expect(second.getByText("Couldn't find that pipeline coupling.")).toBeVisible()
  await expect(second.getByText('Error ID: not_found')).toBeVisible()
  await expect(card(second, 'billing-api-eu')).toHaveCount(0)
  // Nothing was brought back: the app stays out of the pipeline for both.
  await first.reload()
  await expect(card(first, 'billing-api-dev')).toBeVisible()
  await expect(card(first, 'billing-api-eu')).toHaveCount(0)
})

test('a tab acting as another person hears the same changes within 2 s', async ({ context }) => {
  const [admin, viewer] = [await context.newPage(), await context.newPage()]
  await openBoard(admin, 'billing-api')
  await openBoard(viewer, 'billing-api')
  // The viewer's tab switches person (and reloads); the admin's tab stays who it was.
  const select = viewer.getByRole('combobox', { name: 'Acting as' })
  await select.selectOption({ label: 'Priya Raman (viewer)' })
  await expect(viewer.getByRole('button', { name: 'Move billing-api-dev' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )

  await moveByMenu(admin, 'billing-api-dev', 'Staging')
  await expect(
    column(viewer, 'staging').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible({ timeout: CONVERGED_WITHIN_MS })
})
