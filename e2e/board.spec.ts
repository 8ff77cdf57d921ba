import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { card, column, couplingsByAppName, openBoard, STAGE_NAMES } from './support/board'
import { installFaults } from './support/faults'

declare global {
  interface Window {
    /** where billing-api-eu's name was, each time it moved (see the layout-shift test) */
    __EU_LINK_TOPS__?: number[]
  }
}

test('every app sits in the column its coupling says', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const couplings = await couplingsByAppName(page, 'billing-api')
  expect(couplings.length).toBe(5)
  for (const { name, stage } of couplings) {
    const column = page.getByRole('region', { name: STAGE_NAMES[stage] })
    await expect(column.getByRole('article', { name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('region', { name: 'Production' }).getByRole('article')).toHaveCount(2)
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('PR #147')
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('errored')
})

test('staging shows what production lacks, one click away', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const staging = page.getByRole('article', { name: 'billing-api-staging' })
  const production = page.getByRole('article', { name: 'billing-api', exact: true })
  await expect(production).toContainText('4 commits behind billing-api-staging')
  await expect(staging).toContainText('Diverged from billing-api-dev: 5 ahead, 2 behind')

  await staging
    .getByRole('button', { name: /^4 commits ahead of billing-api: show commits/ })
    .click()
  const commits = page.getByRole('dialog', {
    name: 'Commits in billing-api-staging not yet in billing-api',
  })
  await expect(commits).toBeVisible()
  await expect(commits.getByRole('listitem')).toHaveCount(4)
  await expect(commits.getByRole('listitem').first()).toContainText(
    'Fix off-by-one in trial end date',
  )
  await expect(commits.getByRole('link', { name: 'Compare on GitHub' })).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/northwind\/billing-api\/compare\/[0-9a-f]{40}\.\.\.[0-9a-f]{40}$/,
  )
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await page.keyboard.press('Escape')
  await expect(commits).toBeHidden()
})

test('the board reads well on a desktop and on a phone, and axe finds nothing', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await expect(page.getByText('6 commits behind billing-api-staging')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.screenshot({ path: test.info().outputPath('board-1440x900.png'), fullPage: true })

  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('region', { name: 'Development' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.screenshot({ path: test.info().outputPath('board-390x844.png'), fullPage: true })
})

test('a card whose data fails keeps the rest of the board', async ({ page }) => {
  await page.addInitScript(() => {
    window.__STAGEBOARD_FAULTS__ = [
      {
        method: 'GET',
        url: '/formation$',
        error: { status: 422, id: 'invalid_params', message: 'Formation could not be read.' },
        times: 1,
      },
    ]
  })
  await openBoard(page, 'storefront')
  await expect(page.getByText('Dynos unavailable: Formation could not be read.')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(3)
  await expect(page.getByText('release command failed')).toBeVisible()
})

test('the cards stay where they are when a column learns which versions its apps run, and a card its dynos', async ({
  page,
}) => {
  // The slugs (which commit each app runs) answer late, so the count shows before the versions;
  // the dynos answer late too, and billing-api's line is long enough to wrap if it could.
  await installFaults(page, [
    { method: 'GET', url: '/slugs/', delayMs: 2000, times: 20 },
    { method: 'GET', url: '/formation', delayMs: 1500, times: 20 },
  ])
  // Where billing-api-eu's name is, in every frame from the first that shows it: a card that
  // grows for a moment and settles back would pass a before-and-after look, not this.
  await page.addInitScript(() => {
    const seen: number[] = []
    window.__EU_LINK_TOPS__ = seen
    const watch = () => {
      const link = [...document.querySelectorAll('article h3 a')].find(
        (element) => element.textContent === 'billing-api-eu',
      )
      const top = link && Math.round(link.getBoundingClientRect().top)
      if (top !== undefined && seen.at(-1) !== top) seen.push(top)
      requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  })
  await openBoard(page, 'billing-api')
  const production = column(page, 'production')
  await expect(production).toContainText('2 apps')
  await expect(production).not.toContainText('versions')
  await expect(card(page, 'billing-api')).not.toContainText('web ')

  await expect(production).toContainText('2 apps · 2 versions')
  await expect(card(page, 'billing-api')).toContainText(/web \d+ ×/)
  await expect(card(page, 'billing-api')).toContainText(/commits? behind billing-api-staging/)
  // Where a person was about to click stayed the link, in every frame.
  expect(await page.evaluate(() => window.__EU_LINK_TOPS__)).toHaveLength(1)
})
