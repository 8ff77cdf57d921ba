import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { animatedPng } from './apng'

const docs = resolve(import.meta.dirname, '..')
const picture = (name: string) => resolve(docs, name)

async function openBoard(page: Page, name: string) {
  await page.goto('/')
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  // Every card's drift and CI line in, and the toasts of the demo's start gone.
  await expect(page.getByText(/Comparing|Checking/)).toHaveCount(0)
  await page.waitForTimeout(800)
}

test.use({ viewport: { width: 1440, height: 900 } })

test('the pipelines page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
  await expect(page.getByText('Counting apps…')).toHaveCount(0)
  await page.screenshot({ path: picture('pipelines.png') })
})

test('the board, light and dark', async ({ page }) => {
  await openBoard(page, 'billing-api')
  await page.screenshot({ path: picture('board.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await page.screenshot({ path: picture('board-dark.png') })
})

test('a promotion in progress', async ({ page }) => {
  await openBoard(page, 'billing-api')
  await page
    .getByRole('article', { name: 'billing-api-staging', exact: true })
    .getByRole('button', { name: 'Promote…' })
    .click()
  await page.getByRole('button', { name: 'Promote to 2 apps' }).click()
  const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
  await expect(progress.getByText(/release command executing/).first()).toBeVisible()
  await page.screenshot({ path: picture('promote.png') })
})

test('the board on a phone', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  await openBoard(page, 'billing-api')
  await page.screenshot({ path: picture('phone.png') })
  await context.close()
})

test('a card dragged to the next stage, as an animation', async ({ page }) => {
  // Narrower columns: the card's whole way, Development to Staging, in a small picture.
  await page.setViewportSize({ width: 1100, height: 720 })
  await openBoard(page, 'billing-api')
  const handle = page.getByRole('button', { name: 'Move billing-api-dev' })
  const staging = page.getByRole('region', { name: 'Staging' })
  const from = await handle.boundingBox()
  const to = await staging.boundingBox()
  if (!from || !to) throw new Error('the card or the column is not on screen')
  // The three columns the card travels across.
  const columns = await page.getByRole('region', { name: 'Development' }).boundingBox()
  if (!columns) throw new Error('the columns are not on screen')
  const clip = {
    x: columns.x - 8,
    y: columns.y - 8,
    width: to.x + to.width - columns.x + 16,
    height: 340,
  }
  const frames: Buffer[] = []
  const shoot = async () => frames.push(await page.screenshot({ clip }))
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  const end = { x: to.x + to.width / 2, y: to.y + 120 }
  await page.mouse.move(start.x, start.y)
  await shoot()
  await page.mouse.down()
  await page.mouse.move(start.x + 10, start.y + 10)
  const steps = 6
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / steps,
      start.y + ((end.y - start.y) * step) / steps,
    )
    await shoot()
  }
  await page.mouse.up()
  await expect(staging.getByRole('article', { name: 'billing-api-dev' })).toBeVisible()
  await page.waitForTimeout(400)
  for (let hold = 0; hold < 3; hold++) await shoot()
  writeFileSync(picture('drag.png'), animatedPng(frames, 160))
})
