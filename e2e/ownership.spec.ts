import { expect, test } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

test("an app owned by someone else says so on its card, and is given to the pipeline's team from its menu", async ({
  page,
}) => {
  const transfers: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().includes('/teams/apps/'))
      transfers.push(request.postData() ?? '')
  })
  await openBoard(page, 'storefront')
  const dev = card(page, 'storefront-dev')
  await expect(dev).toContainText('Owned by marcus@northwind.dev, not northwind (team)')
  await expect(page.getByRole('note').filter({ hasText: 'do not belong to' })).toContainText(
    'storefront-dev (marcus@northwind.dev)',
  )
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Actions for storefront-dev' }).click()
  await page.getByRole('menuitem', { name: 'Transfer to northwind (team)…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer storefront-dev to northwind (team)?' })
  await expect(dialog).toContainText('storefront-dev belongs to marcus@northwind.dev')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Transfer to northwind (team)' }).click()
  await expect(page.getByText('storefront-dev now belongs to northwind (team)')).toBeVisible()
  await expect(dev).not.toContainText('Owned by')
  await expect(page.getByRole('note').filter({ hasText: 'do not belong to' })).toHaveCount(0)
  expect(transfers).toEqual(['{"owner":"northwind"}'])
  // Focus is back on the card's menu button.
  await expect(page.getByRole('button', { name: 'Actions for storefront-dev' })).toBeFocused()
})

test('a viewer sees why they cannot transfer the app, and nothing is sent', async ({ page }) => {
  const transfers: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().includes('/teams/apps/'))
      transfers.push(request.url())
  })
  await openBoard(page, 'storefront')
  const person = page.getByRole('combobox', { name: 'Acting as' })
  const priya = await person
    .getByRole('option', { name: /^Priya Raman \(viewer\)$/ })
    .getAttribute('value')
  await person.selectOption(priya ?? '')
  await expect(card(page, 'storefront-dev')).toContainText('Owned by marcus@northwind.dev')
  await page.getByRole('button', { name: 'Actions for storefront-dev' }).press('Enter')
  const item = page.getByRole('menuitem', { name: /^Transfer to northwind \(team\)…/ })
  await expect(item).toHaveAttribute('aria-disabled', 'true')
  await expect(item).toHaveAccessibleDescription(/permission on storefront-dev to transfer it/)
  await item.press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  expect(transfers).toEqual([])
})
