import { expect, test } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

test("a promotion to one app shows its release command's output as it runs", async ({ page }) => {
  await openBoard(page, 'billing-api')
  await card(page, 'billing-api-dev').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote billing-api-dev' })
  await dialog.getByRole('button', { name: 'Promote to 1 app' }).click()

  const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-dev' })
  const log = progress.getByRole('log', { name: /^Release log of billing-api-staging v\d+$/ })
  await expect(log).toContainText('> billing-api-staging@1.0.0 db:migrate')
  await expect(log).toContainText('All migrations ran.')
  await expect(progress.getByText('Release command running…')).toBeHidden()
  await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app')
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('promote-release-log.png') })
})

test('the history page opens a release log by keyboard, with why the release command failed', async ({
  page,
}) => {
  await openBoard(page, 'storefront')
  await page.getByRole('link', { name: 'storefront-staging' }).click()
  const table = page.getByRole('table', { name: 'Releases of storefront-staging' })
  const newest = table.getByRole('row').nth(1)
  await expect(newest).toContainText('release command failed')
  const toggle = newest.getByRole('button', { name: 'Release log' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')

  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const log = page.getByRole('log', { name: /^Release log of v\d+$/ })
  await expect(log).toContainText('rails aborted!')
  await expect(log).toContainText(/PG::DuplicateColumn: ERROR: {2}column "\w+" of relation/)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('history-release-log.png'), fullPage: true })

  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(log).toBeHidden()
})
