import { expect, test, type Page } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

/** The pipeline's review-app settings as the API holds them, asked from the page. */
const reviewAppSettings = (page: Page, pipeline: string) =>
  page.evaluate(async (name) => {
    const headers = { Accept: 'application/vnd.heroku+json; version=3' }
    const api = 'https://api.heroku.com'
    const { id } = (await (await fetch(`${api}/pipelines/${name}`, { headers })).json()) as {
      id: string
    }
    const response = await fetch(`${api}/pipelines/${id}/review-app-config`, { headers })
    return (await response.json()) as Record<string, unknown>
  }, pipeline)

async function openSettings(page: Page, pipeline: string) {
  await openBoard(page, pipeline)
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
}

test('review-app settings by keyboard: a bad number of days is told before any request', async ({
  page,
}) => {
  const changes: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().endsWith('/review-app-config'))
      changes.push(request.postData() ?? '')
  })
  await openSettings(page, 'billing-api')
  const section = page.getByRole('region', { name: 'Review apps' })
  await section
    .getByRole('checkbox', { name: 'Create a review app for every new pull request' })
    .focus()
  await page.keyboard.press('Space')
  await section.getByRole('checkbox', { name: /^Destroy review apps/ }).focus()
  await page.keyboard.press('Space')
  const days = section.getByRole('textbox', {
    name: 'Days without a change before one is destroyed',
  })
  await days.fill('0')
  await section.getByRole('button', { name: 'Save' }).press('Enter')
  await expect(section.getByRole('alert')).toHaveText('Enter a whole number of days from 1 to 30.')
  expect(changes).toHaveLength(0)

  await days.fill('7')
  await section.getByRole('button', { name: 'Save' }).press('Enter')
  await expect(page.getByText('Review-app settings saved')).toBeVisible()
  expect(changes.map((body) => JSON.parse(body) as unknown)).toEqual([
    { automatic_review_apps: true, destroy_stale_apps: true, stale_days: 7 },
  ])
  expect(await reviewAppSettings(page, 'billing-api')).toMatchObject({
    automatic_review_apps: true,
    destroy_stale_apps: true,
    stale_days: 7,
    wait_for_ci: false,
  })
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true })
})

test('Heroku CI turned off: the board stops saying how each commit did, and asks for no runs', async ({
  page,
}) => {
  await openSettings(page, 'billing-api')
  const ci = page.getByRole('region', { name: 'Heroku CI' })
  await ci.getByRole('button', { name: 'Turn off Heroku CI' }).click()
  await expect(page.getByText('Heroku CI is off')).toBeVisible()
  await expect(ci.getByRole('button', { name: 'Turn on Heroku CI' })).toBeVisible()
  // A fresh load of the board, which would read the runs first thing were CI on. Answers are kept
  // a moment after they come (as scale.spec.ts says); a person takes longer than that to reload.
  await page.waitForTimeout(1500)
  const runsAsked: string[] = []
  page.on('request', (request) => {
    if (/api\.heroku\.com\/.*test-runs/.test(request.url())) runsAsked.push(request.url())
  })
  await page.reload()
  await page.getByRole('link', { name: 'billing-api', exact: true }).click()
  await expect(card(page, 'billing-api')).toContainText(/web \d+ ×/)
  await expect(card(page, 'billing-api')).toContainText(/commits? behind billing-api-staging/)
  await expect(card(page, 'billing-api')).not.toContainText('CI passed')
  expect(runsAsked).toEqual([])
})

test("a team's pipeline transferred to one of its people, apps and all", async ({ page }) => {
  await openSettings(page, 'billing-api')
  const owner = page.getByRole('region', { name: 'Owner' })
  await expect(owner).toContainText('Owned by northwind (team)')
  await owner.getByRole('combobox', { name: 'Transfer to' }).selectOption({
    label: 'marcus@northwind.dev',
  })
  await owner.getByRole('button', { name: 'Transfer…' }).click()
  const confirm = owner.getByRole('group', { name: 'Confirm the transfer' })
  await expect(confirm).toContainText(
    'billing-api and every app in it will belong to marcus@northwind.dev',
  )
  await expect(
    confirm.getByRole('button', { name: 'Transfer to marcus@northwind.dev' }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    page.getByText('billing-api and its apps now belong to marcus@northwind.dev'),
  ).toBeVisible()
  const apps = await page.evaluate(async () => {
    const headers = { Accept: 'application/vnd.heroku+json; version=3' }
    const app = (await (
      await fetch('https://api.heroku.com/apps/billing-api', { headers })
    ).json()) as {
      owner: { email: string }
    }
    return app.owner.email
  })
  expect(apps).toBe('marcus@northwind.dev')
  await expect(owner).toContainText('Owned by marcus@northwind.dev')
  await expectNoAxeViolations(page)
})
