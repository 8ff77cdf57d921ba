import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const STAGE_NAMES: Record<string, string> = {
  development: 'Development',
  review: 'Review',
  staging: 'Staging',
  production: 'Production',
}

/** What the API says: each app of the pipeline and its stage. */
async function couplingsByAppName(page: Page, pipelineName: string) {
  return page.evaluate(async (name) => {
    const headers = { Accept: 'application/vnd.heroku+json; version=3' }
    const api = 'https://api.heroku.com'
    const pipeline = (await (await fetch(`${api}/pipelines/${name}`, { headers })).json()) as {
      id: string
    }
    const couplings = (await (
      await fetch(`${api}/pipelines/${pipeline.id}/pipeline-couplings`, { headers })
    ).json()) as { app: { id: string }; stage: string }[]
    return Promise.all(
      couplings.map(async (coupling) => {
        const app = (await (await fetch(`${api}/apps/${coupling.app.id}`, { headers })).json()) as {
          name: string
        }
        return { name: app.name, stage: coupling.stage }
      }),
    )
  }, pipelineName)
}

async function openBoard(page: Page, name: string) {
  await page.goto('/')
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
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
