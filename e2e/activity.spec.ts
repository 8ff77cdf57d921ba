import { expect, test, type Page } from '@playwright/test'
import {
  card,
  expectNoAxeViolations,
  openBoard,
  pickUpByKeyboard,
  stageOfApp,
} from './support/board'

const entries = (page: Page) => page.getByRole('list', { name: 'Activity' }).getByRole('listitem')

test('what the team did is in the activity, newest first: a keyboard move, a promotion and its outcome, a lock and its unlock', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')

  // A move by keyboard, two stages along.
  await pickUpByKeyboard(page, 'billing-api-dev')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(page.getByText('Moved billing-api-dev to Staging')).toBeVisible()
  await expect.poll(() => stageOfApp(page, 'billing-api-dev')).toBe('staging')

  // A promotion that fails on one of its two targets (billing-api-eu's release command).
  await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote billing-api-staging' })
  await dialog.getByRole('button', { name: 'Promote to 2 apps' }).click()
  const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
  await expect(progress.getByRole('status')).toHaveText(
    'Promoted to 1 app; failed on billing-api-eu',
  )
  await progress.getByRole('button', { name: 'Close', exact: true }).click()

  // Production locked, then unlocked.
  await page.getByRole('button', { name: 'Stop the line' }).click()
  const lock = page.getByRole('dialog', { name: 'Stop the line on billing-api' })
  await lock.getByRole('radio', { name: 'Production' }).check()
  await lock.getByRole('textbox', { name: 'Why' }).fill('incident #231')
  await lock.getByRole('button', { name: 'Lock Production' }).click()
  await page.getByRole('button', { name: 'Unlock Production' }).click()
  await expect(page.getByRole('note', { name: 'Production locked' })).toBeHidden()

  await page.getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
  await expect(entries(page).nth(0)).toContainText(
    /^Unlocked production.*ada@northwind\.dev · just now · noted by Stageboard$/,
  )
  await expect(entries(page).nth(1)).toContainText('Locked production: incident #231')
  const promotion = entries(page).nth(2)
  await expect(promotion).toContainText('Promotion from billing-api-staging v23 to 2 apps')
  // The outcome is Heroku's record of the promotion, with the release command's own words.
  await expect(promotion).toContainText(
    '1 succeeded, 1 failed: billing-api-eu (release command failed',
  )
  await expect(promotion.getByRole('link', { name: /^billing-api v\d+$/ })).toBeVisible()
  await expect(entries(page).nth(3)).toContainText(
    'Moved billing-api-dev from Development to Staging',
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('activity.png'), fullPage: true })

  // Filtered to the locks by keyboard: kept in the address, and across a reload.
  await page.getByRole('combobox', { name: 'Kind' }).focus()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(/kind=lock/)
  await expect(entries(page)).toHaveCount(2)
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('lock')
  await expect(entries(page)).toHaveCount(2)

  // A release opens the app's history.
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('Promotions')
  await entries(page)
    .first()
    .getByRole('link', { name: /^billing-api v\d+$/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()
})

test('the activity reads well on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openBoard(page, 'billing-api')
  await page.getByRole('link', { name: 'Activity' }).click()
  await expect(entries(page).first()).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('activity-phone.png'), fullPage: true })
})
