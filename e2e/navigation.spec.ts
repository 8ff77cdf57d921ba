import { expect, test } from '@playwright/test'

test('on a phone, a new page opens at its top, Back finds the old one where it was, and each page names itself', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page).toHaveTitle('Pipelines · Stageboard')
  const pipelines = page.getByRole('main').getByRole('listitem').getByRole('link')
  await expect(pipelines.first()).toBeVisible()
  const last = pipelines.last()
  const name = (await last.textContent()) ?? ''
  await last.scrollIntoViewIfNeeded()
  const listScroll = await page.evaluate(() => window.scrollY)
  expect(listScroll).toBeGreaterThan(200)

  await last.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page).toHaveTitle(`${name} · Stageboard`)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  // Down the board to its last card, then to that app's releases.
  const lastApp = page.getByRole('article').last().getByRole('heading').getByRole('link')
  await lastApp.scrollIntoViewIfNeeded()
  const appName = (await lastApp.textContent()) ?? ''
  await lastApp.click()
  await expect(page).toHaveTitle(`${appName} releases · Stageboard`)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  await page.goBack()
  await page.goBack()
  await expect(page).toHaveTitle('Pipelines · Stageboard')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll)

  await page.goto('/nowhere')
  await expect(page).toHaveTitle('Page not found · Stageboard')
})
