import { expect, test, type Page } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'
import { installFaults } from './support/faults'

/** The POSTs that start a promotion: "never twice" is counted, not assumed. */
function countPromotionStarts(page: Page) {
  const starts: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.method() === 'POST' && url.pathname === '/pipeline-promotions')
      starts.push(url.href)
  })
  return starts
}

async function openPromote(page: Page, appName: string) {
  await card(page, appName).getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: `Promote ${appName}` })
  await expect(dialog).toBeVisible()
  return dialog
}

const progressOf = (page: Page, source: string) =>
  page.getByRole('dialog', { name: `Promotion from ${source}` })

const targetRow = (page: Page, source: string, app: string) =>
  progressOf(page, source)
    .getByRole('listitem')
    .filter({ has: page.getByText(app, { exact: true }) })

test('promote staging to every production app: each row succeeds and drift turns up to date', async ({
  page,
}) => {
  await openBoard(page, 'storefront')
  await expect(card(page, 'storefront-prod')).toContainText(
    /\d+ commits? behind storefront-staging/,
  )
  const dialog = await openPromote(page, 'storefront-staging')
  const target = dialog.getByRole('checkbox', { name: 'storefront-prod' })
  await expect(target).toBeChecked()
  await expect(target).toHaveAccessibleDescription(/^\d+ new commits?$/)
  await expect(dialog.getByRole('note')).toHaveText(
    /This changes production: storefront-prod will run storefront-staging v\d+\./,
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('promote-choose.png') })

  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()
  const progress = progressOf(page, 'storefront-staging')
  await expect(targetRow(page, 'storefront-staging', 'storefront-prod')).toContainText(
    /Release created \(v\d+\), release command executing/,
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('promote-progress.png') })
  await expect(targetRow(page, 'storefront-staging', 'storefront-prod')).toContainText(
    /Succeeded \(v\d+\)/,
  )
  await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app')
  await expectNoAxeViolations(page)

  await progress.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(
    card(page, 'storefront-staging').getByRole('button', { name: 'Promote…' }),
  ).toBeFocused()
  await expect(card(page, 'storefront-prod')).toContainText('Up to date with storefront-staging')
  await expect(card(page, 'storefront-prod')).toContainText(/Promote storefront-staging|ada@/)
})

test('a partial failure shows the API message, and retrying promotes to the failed app alone', async ({
  page,
}) => {
  const starts = countPromotionStarts(page)
  await openBoard(page, 'billing-api')
  const dialog = await openPromote(page, 'billing-api-staging')
  await expect(
    dialog.getByRole('checkbox', { name: 'billing-api', exact: true }),
  ).toHaveAccessibleDescription('4 new commits')
  await expect(
    dialog.getByRole('checkbox', { name: 'billing-api-eu' }),
  ).toHaveAccessibleDescription('6 new commits')
  await dialog.getByText('4 new commits').click()
  const commits = dialog.locator('details', { hasText: '4 new commits' })
  await expect(commits.getByText('Fix off-by-one in trial end date')).toBeVisible()
  await dialog.getByRole('button', { name: 'Promote to 2 apps' }).click()

  const progress = progressOf(page, 'billing-api-staging')
  await expect(targetRow(page, 'billing-api-staging', 'billing-api-eu')).toContainText(
    /Failed \(v\d+\): release command failed/,
  )
  await expect(targetRow(page, 'billing-api-staging', 'billing-api')).toContainText(/Succeeded/)
  await expect(progress.getByRole('status')).toHaveText(
    'Promoted to 1 app; failed on billing-api-eu',
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('promote-partial-failure.png') })

  await progress.getByRole('button', { name: 'Retry failed targets' }).click()
  await expect(progress.getByRole('listitem')).toHaveCount(1)
  await expect(targetRow(page, 'billing-api-staging', 'billing-api-eu')).toContainText(/Succeeded/)
  await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app')
  expect(starts).toHaveLength(2)

  await progress.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(card(page, 'billing-api')).toContainText('Up to date with billing-api-staging')
  await expect(card(page, 'billing-api-eu')).toContainText('Up to date with billing-api-staging')
})

test('promote to a subset of the next stage', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const dialog = await openPromote(page, 'billing-api-staging')
  await dialog.getByRole('checkbox', { name: 'billing-api-eu' }).uncheck()
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()

  const progress = progressOf(page, 'billing-api-staging')
  await expect(progress.getByRole('listitem')).toHaveCount(1)
  await expect(targetRow(page, 'billing-api-staging', 'billing-api')).toContainText(/Succeeded/)
  await progress.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(card(page, 'billing-api')).toContainText('Up to date with billing-api-staging')
  await expect(card(page, 'billing-api-eu')).toContainText('6 commits behind billing-api-staging')
})

test('promote to an app of another stage, as the CLI --to allows', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const dialog = await openPromote(page, 'billing-api-staging')
  await dialog.getByRole('button', { name: /Choose other apps of this pipeline/ }).click()
  await expectNoAxeViolations(page)
  await dialog.getByRole('checkbox', { name: 'billing-api', exact: true }).uncheck()
  await dialog.getByRole('checkbox', { name: 'billing-api-eu' }).uncheck()
  const dev = dialog.getByRole('checkbox', { name: 'billing-api-dev' })
  await expect(dev).not.toBeChecked()
  await expect(dev).toHaveAccessibleDescription('5 new commits; 2 commits of its own will be gone')
  await dev.check()
  // No production app is chosen; the development app's own commits will be gone, and it says so.
  await expect(dialog.getByRole('note').filter({ hasText: 'changes production' })).toHaveCount(0)
  await expect(dialog.getByRole('note', { name: 'Commits the promotion drops' })).toHaveText(
    'billing-api-dev runs 2 commits that billing-api-staging does not have: promoting drops them.',
  )
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()

  await expect(targetRow(page, 'billing-api-staging', 'billing-api-dev')).toContainText(/Succeeded/)
  await progressOf(page, 'billing-api-staging')
    .getByRole('button', { name: 'Close', exact: true })
    .click()
  await expect(card(page, 'billing-api-dev')).toContainText('Up to date with billing-api-staging')
})

test('zero targets cannot be promoted to, and Promote… says why when it is unavailable', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const dialog = await openPromote(page, 'billing-api-staging')
  await dialog.getByRole('checkbox', { name: 'billing-api', exact: true }).uncheck()
  await dialog.getByRole('checkbox', { name: 'billing-api-eu' }).uncheck()
  await expect(dialog.getByRole('button', { name: 'Promote to 0 apps' })).toBeDisabled()
  await expect(dialog).toContainText('Choose at least one app to promote to.')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('link', { name: 'Pipelines' }).click()
  await page.getByRole('link', { name: 'marketing-site' }).click()
  const promote = card(page, 'marketing-site-staging').getByRole('button', { name: 'Promote…' })
  await expect(promote).toHaveAttribute('aria-disabled', 'true')
  await expect(promote).toHaveAccessibleDescription(
    'marketing-site-staging has no succeeded release to promote.',
  )
  await promote.focus()
  await expect(page.getByRole('tooltip')).toHaveText(
    'marketing-site-staging has no succeeded release to promote.',
  )
  // A person can still click it (it stays focusable to explain itself); nothing opens.
  await promote.click({ force: true })
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('double clicks, slow networks, closing mid-way and reloads never start a promotion twice', async ({
  page,
}) => {
  await installFaults(page, [{ method: 'POST', url: '/pipeline-promotions$', delayMs: 1200 }])
  const starts = countPromotionStarts(page)
  await openBoard(page, 'billing-api')
  let dialog = await openPromote(page, 'billing-api-staging')
  await dialog.getByRole('checkbox', { name: 'billing-api-eu' }).uncheck()
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).dblclick()
  await expect(dialog.getByRole('button', { name: 'Starting the promotion…' })).toBeDisabled()
  // Closed while the request is on its way: it is neither cancelled nor sent again.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'View progress' }).click()
  await expect(targetRow(page, 'billing-api-staging', 'billing-api')).toBeVisible()
  expect(starts).toHaveLength(1)

  // A reload mid-way finds the promotion again, from the address.
  await expect(page).toHaveURL(/\?promotion=[0-9a-f-]{36}$/)
  await page.reload()
  await expect(targetRow(page, 'billing-api-staging', 'billing-api')).toContainText(/Succeeded/)
  expect(starts).toHaveLength(1)

  // Promoting the same staging release again, now with a double click on a fast network.
  await progressOf(page, 'billing-api-staging')
    .getByRole('button', { name: 'Close', exact: true })
    .click()
  dialog = await openPromote(page, 'billing-api-staging')
  await dialog.getByRole('checkbox', { name: 'billing-api', exact: true }).uncheck()
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).dblclick()
  await expect(targetRow(page, 'billing-api-staging', 'billing-api-eu')).toBeVisible()
  expect(starts).toHaveLength(2)
})

test('a promotion whose dialog was closed is still followed: its cards catch up at once and a message tells how it ended', async ({
  page,
}) => {
  await installFaults(page, [{ method: 'POST', url: '/pipeline-promotions$', delayMs: 1200 }])
  await openBoard(page, 'storefront')
  const dialog = await openPromote(page, 'storefront-staging')
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()
  await expect(dialog.getByRole('button', { name: 'Starting the promotion…' })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The board reads itself each minute; this comes from following the promotion, long before.
  await expect(card(page, 'storefront-prod')).toContainText('Up to date with storefront-staging', {
    timeout: 15_000,
  })
  const told = page.getByRole('listitem').filter({ hasText: 'Promoted to 1 app' })
  // Told once, by one message.
  await expect(told).toHaveCount(1)
  await told.getByRole('button', { name: 'View' }).click()
  await expect(targetRow(page, 'storefront-staging', 'storefront-prod')).toContainText(
    /Succeeded \(v\d+\)/,
  )
})

test('roll back from the history page, and the board shows the new truth', async ({ page }) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('link', { name: 'billing-api-eu' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api-eu' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Releases of billing-api-eu' })
  const rows = table.getByRole('row')
  await expect(rows.nth(1)).toContainText('v6')
  await expect(rows.nth(1)).toContainText('Current')
  await expect(rows.nth(1).getByRole('button', { name: /Roll back/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('history.png'), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(rows.nth(2).getByRole('button', { name: 'Roll back to v5' })).toBeInViewport()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('history-390.png'), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })

  await rows
    .nth(2)
    .getByRole('button', { name: /^Roll back to v5$/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Roll back billing-api-eu to v5?' })
  await expect(dialog).toContainText('Runs now')
  await expect(dialog).toContainText('Will run')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Roll back to v5' }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByText('Rolled back billing-api-eu to v5')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Roll back to v5' })).toBeFocused()
  await expect(rows.nth(1)).toContainText('v7')
  await expect(rows.nth(1)).toContainText('Rollback to v5')
  await expect(rows.nth(1)).toContainText('Current')

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'billing-api' })
    .click()
  await expect(card(page, 'billing-api-eu')).toContainText('v7')
  await expect(card(page, 'billing-api-eu')).toContainText(/\d+ commits behind billing-api-staging/)
})

test('Promote… closed by Escape at once stays closed, with focus back on it and nothing in the address', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const promote = card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' })
  await promote.click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // Well past the frame after which an opened dialog writes its address.
  await page.waitForTimeout(500)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).not.toHaveURL(/promote=/)
  await expect(promote).toBeFocused()
})
