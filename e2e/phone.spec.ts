import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openBoard } from './support/board'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

test('on a phone, the stage bar stays at the top and goes to a stage in one tap, its labels whole', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const bar = page.getByRole('navigation', { name: 'Stages' })
  await expect(bar.getByRole('button')).toHaveText([
    'Development, 1 app',
    'Review, 3 apps',
    'Staging, 1 app',
    'Production, 2 apps',
  ])
  // No label is cut: each fits its button.
  for (const button of await bar.getByRole('button').all()) {
    expect(await button.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
      true,
    )
  }
  await expectNoAxeViolations(page)

  await bar.getByRole('button', { name: /^Production/ }).tap()
  const heading = page.getByRole('heading', { level: 2, name: 'Production' })
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
  // The bar is still there, and the column's header is not under it.
  await expect(bar).toBeInViewport()
  const barBottom = (await bar.boundingBox())?.y ?? 0
  const headingTop = (await heading.boundingBox())?.y ?? 0
  expect(headingTop).toBeGreaterThan(barBottom + (await bar.boundingBox())!.height - 1)
  await page.screenshot({ path: test.info().outputPath('phone-production.png') })

  await bar.getByRole('button', { name: /^Development/ }).tap()
  await expect(page.getByRole('heading', { level: 2, name: 'Development' })).toBeFocused()
})

test('on a wide screen the four columns sit side by side, and there is no stage bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openBoard(page, 'billing-api')
  await expect(page.getByRole('heading', { level: 2, name: 'Production' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Stages' })).toBeHidden()
})
