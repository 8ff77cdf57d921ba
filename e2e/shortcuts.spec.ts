import { expect, test } from '@playwright/test'
import {
  announcer,
  card,
  expectNoAxeViolations,
  openBoard,
  pickUpByKeyboard,
} from './support/board'

test('? lists the shortcuts; / goes to the filter; p promotes from the focused card; g then p goes to the pipelines', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('definition')).toHaveText(['?', 'gthenp', '/', 'p', 'r'])
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await page.keyboard.press('/')
  const filter = page.getByRole('searchbox', { name: /filter/i })
  await expect(filter).toBeFocused()
  // In a field the keys are the field's: nothing is stolen.
  await page.keyboard.type('g/p?r')
  await expect(filter).toHaveValue('g/p?r')
  await filter.fill('')

  await card(page, 'billing-api-staging').getByRole('link', { name: 'billing-api-staging' }).focus()
  await page.keyboard.press('p')
  const dialog = page.getByRole('dialog', { name: 'Promote billing-api-staging' })
  await expect(dialog).toBeVisible()
  // Inside the dialog, p is a letter like any other.
  await page.keyboard.press('p')
  await expect(page.getByRole('dialog')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.keyboard.press('g')
  await page.keyboard.press('p')
  await expect(page.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible()
})

test('r refreshes the board; while a card is moved by keyboard, no shortcut takes its keys', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await expect(card(page, 'billing-api-staging')).toContainText('CI passed')
  const reads: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'GET' && request.url().includes('/pipeline-couplings'))
      reads.push(request.url())
  })
  await page.getByRole('heading', { level: 1, name: 'billing-api' }).click()
  await page.keyboard.press('r')
  await expect.poll(() => reads.length).toBeGreaterThan(0)

  await pickUpByKeyboard(page, 'billing-api-dev')
  await page.keyboard.press('?')
  await page.keyboard.press('r')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toContainText('Over Review')
  await page.keyboard.press('Escape')
  await expect(announcer(page)).toContainText('billing-api-dev')
})
