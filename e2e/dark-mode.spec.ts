import { expect, test, type Page } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

const isDark = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('dark'))

/** The page's own background, as a person sees it: dark is below a quarter of full brightness. */
const backgroundLightness = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.fillStyle = getComputedStyle(document.body).backgroundColor
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return (r + g + b) / 3 / 255
  })

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' })

  test('every screen is dark and passes axe: pipelines, board, its menus and dialogs, a message, activity, tests, settings, releases', async ({
    page,
  }) => {
    await openBoard(page, 'billing-api')
    expect(await isDark(page)).toBe(true)
    expect(await backgroundLightness(page)).toBeLessThan(0.25)
    await expect(card(page, 'billing-api-staging')).toContainText('CI passed')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: test.info().outputPath('dark-board.png') })

    await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
    await expect(page.getByText('Moved billing-api-eu to Staging')).toBeVisible()
    await expectNoAxeViolations(page)

    await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
    await expect(page.getByRole('dialog', { name: 'Promote billing-api-staging' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: test.info().outputPath('dark-promote.png') })
    await page.keyboard.press('Escape')

    for (const [link, heading] of [
      ['Activity', 'Activity'],
      ['Tests', 'Tests'],
      ['Settings', 'Settings'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(page.getByRole('status', { name: /^Loading/ })).toHaveCount(0)
      await expectNoAxeViolations(page)
      await page.getByRole('link', { name: 'billing-api', exact: true }).click()
    }
    await page.getByRole('link', { name: 'billing-api-staging', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'billing-api-staging' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pipelines' })
      .click()
    await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the theme can be chosen by keyboard, is kept across a reload, and System follows the system again', async ({
    page,
  }) => {
    await page.goto('/')
    const theme = page.getByRole('combobox', { name: 'Theme' })
    await expect(theme).toHaveValue('system')
    await theme.focus()
    await page.keyboard.press('ArrowDown')
    await expect(theme).toHaveValue('light')
    expect(await isDark(page)).toBe(false)
    expect(await backgroundLightness(page)).toBeGreaterThan(0.9)

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light')
    expect(await isDark(page)).toBe(false)

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('System theme')
    expect(await isDark(page)).toBe(true)
  })
})

test('with the system set to light, Dark is one choice away, and the system changing later does not undo it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  expect(await isDark(page)).toBe(false)
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark theme')
  expect(await isDark(page)).toBe(true)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await isDark(page)).toBe(true)
  await expectNoAxeViolations(page)
})

test('with the system set to light, the page turns dark as soon as the system does', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
  expect(await isDark(page)).toBe(false)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => isDark(page)).toBe(true)
})
