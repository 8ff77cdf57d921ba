import { expect, test, type Page } from '@playwright/test'
import {
  card,
  column,
  dragByPointer,
  expectNoAxeViolations,
  openBoard,
  stageInApi,
} from './support/board'

/** The header's switch: the dashboard reloads as that person, and stays them. */
async function actAs(page: Page, person: RegExp) {
  const select = page.getByRole('combobox', { name: 'Acting as' })
  const option = select.getByRole('option', { name: person })
  const value = await option.getAttribute('value')
  await select.selectOption(value ?? '')
  await expect(select).toHaveValue(value ?? '')
}

test('a viewer sees the whole board, and every change is held back with its reason before any request', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await actAs(page, /^Priya Raman \(viewer\)$/)
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()
  const changes: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (request.method() !== 'GET' && !pathname.startsWith('/filters/')) changes.push(pathname)
  })

  // The grip says why on hover; the keyboard cannot pick it up.
  const grip = page.getByRole('button', { name: 'Move billing-api-dev' })
  await expect(grip).toHaveAttribute('aria-disabled', 'true')
  await grip.hover()
  await expect(page.getByRole('tooltip')).toHaveText(
    'You need the manage permission on billing-api-dev to move it. You are a viewer in northwind.',
  )
  await grip.focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()

  // A pointer drag does nothing either.
  await dragByPointer(page, grip, column(page, 'staging'))
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()

  // Promote, Rename and the card's menu: all say why.
  const promote = card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' })
  await promote.focus()
  await expect(page.getByRole('tooltip')).toHaveText(
    'As a viewer in northwind, you cannot promote its apps.',
  )
  // Playwright waits for an aria-disabled button to be enabled: a person just clicks.
  await promote.click({ force: true })
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: 'Rename' }).hover()
  await expect(page.getByRole('tooltip')).toHaveText(
    'Viewers of northwind cannot change its pipelines.',
  )
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  const menu = page.getByRole('menu', { name: 'Actions for billing-api-dev' })
  await expect(menu).toContainText(
    'You need the deploy permission on billing-api-dev to roll it back.',
  )
  await expect(menu.getByRole('menuitem', { name: 'Move to Staging' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await page.screenshot({ path: test.info().outputPath('viewer-menu.png') })
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')

  expect(changes).toEqual([])
  expect(await stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('development')
})

test('a member moves the apps they manage, and is stopped before promoting to production', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await actAs(page, /^Marcus Chen \(member\)$/)
  await page.reload()
  // Still Marcus after a reload.
  await expect(page.getByRole('combobox', { name: 'Acting as' })).toContainText('Marcus Chen')

  await dragByPointer(
    page,
    page.getByRole('button', { name: 'Move billing-api-dev' }),
    column(page, 'staging'),
  )
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('staging')

  await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote billing-api-staging' })
  await expect(dialog).toContainText(
    'You may not promote to 2 chosen apps: unselect them, or ask an admin for the deploy permission.',
  )
  await expect(dialog.getByRole('button', { name: 'Promote to 2 apps' })).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('member-promote.png') })
  await expectNoAxeViolations(page)
})
