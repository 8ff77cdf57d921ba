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

test("a board's code loads while the pointer rests on its pipeline, before the click", async ({
  page,
}) => {
  const boardCode: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/board-route-[\w-]+\.js$/.test(request.url())) boardCode.push(request.url())
  })
  await page.goto('/')
  const billing = page.getByRole('link', { name: 'billing-api', exact: true })
  await expect(billing).toBeVisible()
  expect(boardCode).toEqual([])

  // Only the code: the board's requests wait for the visit.
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/latest-releases')) asked.push(request.url())
  })
  await billing.hover()
  await expect.poll(() => boardCode.length).toBe(1)
  await page.waitForTimeout(300)
  expect(asked).toEqual([])

  await billing.click()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()
  await expect.poll(() => asked.length).toBe(1)
})

test('Tab onto a pipeline starts loading its board too', async ({ page }) => {
  const boardCode: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/board-route-[\w-]+\.js$/.test(request.url())) boardCode.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
  // Through the header's controls to the first pipeline: its code starts loading as Tab
  // reaches it, and not before.
  const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'))
  for (let tabs = 0; tabs < 30 && boardCode.length === 0; tabs++) {
    await page.keyboard.press('Tab')
    await page.waitForTimeout(100)
  }
  expect(boardCode).toHaveLength(1)
  expect(await focusedHref()).toMatch(/^\/pipelines\/[^/]+$/)
  const name = await page.evaluate(() => document.activeElement?.textContent ?? '')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
})
