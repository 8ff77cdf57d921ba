import { expect, test, type Page } from '@playwright/test'
import { card, column, expectNoAxeViolations, openBoard } from './support/board'

/** The commit a card says its app runs (seven characters, as the card shows it). */
const commitOn = async (page: Page, app: string) =>
  /\b([0-9a-f]{7})\b/.exec((await card(page, app).textContent()) ?? '')?.[1]

async function openPushDialog(page: Page) {
  await page.getByRole('button', { name: 'Simulate a push' }).click()
  return page.getByRole('dialog', { name: 'Simulate a push to northwind/billing-api' })
}

test('a push to main is tested by CI, and billing-api-staging deploys it once CI passes, live on the board', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const before = await commitOn(page, 'billing-api-staging')
  const dialog = await openPushDialog(page)
  await expect(dialog.getByRole('combobox', { name: 'Branch' })).toHaveValue('main')
  await dialog.getByRole('textbox', { name: 'Commit message' }).fill('Bill in arrears')
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('push-dialog.png') })
  await dialog.getByRole('button', { name: 'Push' }).click()

  const pushed = page.getByText(/^Pushed ([0-9a-f]{7}) to main$/)
  await expect(pushed).toBeVisible()
  const sha = /Pushed ([0-9a-f]{7})/.exec((await pushed.textContent()) ?? '')?.[1] ?? ''
  await expect(
    page.getByText(
      /Heroku CI tests it \(run #\d+\)\. billing-api-staging deploys it once CI passes\./,
    ),
  ).toBeVisible()

  // No reload: the board follows the push until CI has passed and staging runs the commit.
  await expect(
    page.getByText(/^CI run #\d+ passed: billing-api-staging deploys it now\.$/),
  ).toBeVisible({
    timeout: 20_000,
  })
  const staging = card(page, 'billing-api-staging')
  await expect(staging).toContainText(sha, { timeout: 20_000 })
  await expect(staging).toContainText('CI passed')
  expect(before).not.toBe(sha)
  // Production has not moved: it is now behind staging by the pushed commit too.
  await expect(card(page, 'billing-api')).not.toContainText(sha)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('after-push.png'), fullPage: true })
})

test('a push whose tests fail is held back by CI, said in words; a bad branch name is refused first', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const before = await commitOn(page, 'billing-api-staging')
  const dialog = await openPushDialog(page)
  const branch = dialog.getByRole('combobox', { name: 'Branch' })
  await branch.fill('feature..broken')
  await dialog.getByRole('textbox', { name: 'Commit message' }).fill('Half a change')
  await dialog.getByRole('button', { name: 'Push' }).click()
  await expect(dialog.getByRole('alert')).toContainText('..')
  await expect(dialog).toBeVisible()

  // By keyboard from here.
  await branch.fill('main')
  await dialog.getByRole('checkbox', { name: /Its tests fail/ }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(/^CI run #\d+ failed: billing-api-staging was not deployed\.$/),
  ).toBeVisible({ timeout: 20_000 })
  expect(await commitOn(page, 'billing-api-staging')).toBe(before)
})

test('with automatic review apps, a push that opens a pull request gets its review app on the board', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const automatic = page.getByRole('checkbox', {
    name: 'Create a review app for every new pull request',
  })
  await automatic.check()
  await page.locator('form', { has: automatic }).getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Review-app settings saved')).toBeVisible()
  await page.goBack()

  const dialog = await openPushDialog(page)
  await dialog.getByRole('combobox', { name: 'Branch' }).fill('feature/usage-alerts')
  await dialog.getByRole('textbox', { name: 'Commit message' }).fill('Alert at 80% of quota')
  await dialog.getByRole('checkbox', { name: 'Open a pull request for this branch' }).check()
  await dialog.getByRole('button', { name: 'Push' }).click()
  const opened = page.getByText(
    /^Pushed [0-9a-f]{7} to feature\/usage-alerts, opening pull request #(\d+)$/,
  )
  await expect(opened).toBeVisible()
  const number = /#(\d+)$/.exec((await opened.textContent()) ?? '')?.[1]
  await expect(page.getByText('Its review app is being made.', { exact: false })).toBeVisible()
  await expect(card(page, `billing-api-pr-${number}`)).toBeVisible({ timeout: 20_000 })
  await expect(column(page, 'review')).toContainText(`billing-api-pr-${number}`)
})

test('staging told in Settings to stop waiting for CI deploys the next push without waiting', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const staging = page
    .getByRole('region', { name: 'Automatic deploys' })
    .getByRole('form', { name: 'billing-api-staging' })
  const waits = staging.getByRole('checkbox', {
    name: 'Wait for Heroku CI to pass before deploying',
  })
  await expect(waits).toBeChecked()
  await waits.focus()
  await page.keyboard.press('Space')
  await staging.getByRole('button', { name: 'Save' }).press('Enter')
  await expect(page.getByText('Automatic deploys of billing-api-staging saved')).toBeVisible()
  await expect(waits).not.toBeChecked()
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true })

  await page.getByRole('link', { name: 'billing-api', exact: true }).click()
  const dialog = await openPushDialog(page)
  await dialog.getByRole('textbox', { name: 'Commit message' }).fill('Faster invoice export')
  await dialog.getByRole('button', { name: 'Push' }).click()
  await expect(page.getByText(/billing-api-staging deploys it\./)).toBeVisible()
  const pushed = page.getByText(/^Pushed ([0-9a-f]{7}) to main$/)
  const sha = /Pushed ([0-9a-f]{7})/.exec((await pushed.textContent()) ?? '')?.[1] ?? ''
  const staged = card(page, 'billing-api-staging')
  await expect(staged).toContainText(sha, { timeout: 20_000 })
})
