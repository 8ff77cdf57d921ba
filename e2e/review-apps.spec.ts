import { expect, test, type Page } from '@playwright/test'
import { card, column, expectNoAxeViolations, openBoard } from './support/board'
import { installFaults } from './support/faults'

/** Counts the review apps the page asks Heroku to make. */
function countCreations(page: Page) {
  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/review-apps'))
      sent.push(request.postData() ?? '')
  })
  return sent
}

test('a review app made for an open pull request goes from pending to an app in Review', async ({
  page,
}) => {
  const sent = countCreations(page)
  await openBoard(page, 'billing-api')
  await column(page, 'review').getByRole('button', { name: 'New review app' }).click()
  const dialog = page.getByRole('dialog', { name: 'New review app' })
  const pulls = dialog.getByRole('region', { name: 'Open pull requests in northwind/billing-api' })
  await expect(pulls.getByRole('listitem')).toHaveCount(4)
  // The pull requests that have a review app say so instead of offering another.
  await expect(pulls.getByRole('listitem').filter({ hasText: '#142' })).toContainText(
    'Review app created',
  )
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('new-review-app.png') })

  await pulls.getByRole('button', { name: 'Create review app for PR #151' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Creating a review app for PR #151')).toBeVisible()
  const pending = page.getByRole('article', { name: 'PR #151 · spike/usage-metering' })
  await expect(pending).toContainText(/Waiting for Heroku to start|Creating its app/)
  await page.screenshot({ path: test.info().outputPath('review-app-pending.png') })

  // Made: the pull request's card gives way to its app's, released from the branch.
  const made = card(page, 'billing-api-pr-151')
  await expect(made).toContainText('PR #151', { timeout: 15_000 })
  // The branch's newest commit, and the dyno a review app starts with.
  await expect(made).toContainText('Meter API calls per customer')
  await expect(made).toContainText('web 1 × Basic')
  await expect(pending).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toHaveText(
    'The review app for PR #151 is ready.',
  )
  expect(sent).toHaveLength(1)
  expect(JSON.parse(sent[0] ?? '{}')).toMatchObject({
    branch: 'spike/usage-metering',
    pr_number: 151,
  })
  await expectNoAxeViolations(page)
})

test('a branch by keyboard: a bad name is told before any request, Heroku’s refusal in its words', async ({
  page,
}) => {
  // The one request this test lets through is refused, in Heroku's words.
  await installFaults(page, [
    {
      method: 'POST',
      url: 'api\\.heroku\\.com/review-apps$',
      error: {
        status: 422,
        id: 'invalid_params',
        message: 'Review apps are paused for maintenance.',
      },
    },
  ])
  const sent = countCreations(page)
  await openBoard(page, 'billing-api')
  const trigger = column(page, 'review').getByRole('button', { name: 'New review app' })
  await trigger.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New review app' })
  const branch = dialog.getByRole('combobox', { name: 'Or from a branch' })
  await branch.focus()
  await page.keyboard.type('my branch')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('A branch name has no spaces.')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('feature/invoice-pdf')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText(
    'feature/invoice-pdf already has a review app. Delete it first to make a new one.',
  )
  expect(sent).toHaveLength(0)

  // Not among the repository's branches (GitHub listed them all): told before any request too.
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('no/such-branch')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText(
    'There is no branch no/such-branch in northwind/billing-api.',
  )
  expect(sent).toHaveLength(0)

  // A branch there is, which Heroku refuses (the fault above): its words, in the dialog.
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('main')
  await page.keyboard.press('Enter')
  await expect(dialog).toContainText('No review app was made for main')
  await expect(dialog).toContainText('Review apps are paused for maintenance.')
  expect(sent).toHaveLength(1)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(trigger).toBeFocused()
})

test('a review app whose build failed is deleted from its card, by keyboard', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const failed = page.getByRole('article', { name: 'PR #139 · chore/upgrade-node-22' })
  await expect(failed).toContainText('engines.node 22.x is not available')
  await failed.getByRole('button', { name: /^Delete the review app for PR #139/ }).focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Delete the review app for PR #139?' })
  await expect(confirm).toContainText('The pull request stays open on GitHub')
  await confirm.getByRole('button', { name: 'Delete review app' }).press('Enter')
  await expect(failed).toBeHidden({ timeout: 10_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeFocused()
})

test("a made review app is deleted from its card's menu, and its app goes with it", async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  const app = card(page, 'billing-api-pr-142')
  await app.getByRole('button', { name: 'Actions for billing-api-pr-142' }).click()
  const menu = page.getByRole('menu', { name: 'Actions for billing-api-pr-142' })
  await expect(menu.getByRole('menuitem', { name: 'Open app' })).toHaveAttribute(
    'href',
    /^https:\/\/billing-api-pr-142.*\.herokuapp\.com/,
  )
  await menu.getByRole('menuitem', { name: 'Delete review app…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete the review app for PR #142?' })
  await expect(confirm).toContainText('billing-api-pr-142 is deleted')
  await confirm.getByRole('button', { name: 'Delete review app' }).click()
  await expect(page.getByText('Deleting the review app for PR #142')).toBeVisible()
  await expect(app).toBeHidden({ timeout: 10_000 })
  const status = await page.evaluate(async () => {
    const response = await fetch('https://api.heroku.com/apps/billing-api-pr-142', {
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
    })
    return response.status
  })
  expect(status).toBe(404)
})

test('review apps are enabled from the dialog where a connected pipeline has none', async ({
  page,
}) => {
  await openBoard(page, 'storefront')
  await column(page, 'review').getByRole('button', { name: 'New review app' }).click()
  const dialog = page.getByRole('dialog', { name: 'New review app' })
  await expect(dialog).toContainText('Review apps are not enabled for storefront.')
  await dialog.getByRole('button', { name: 'Enable review apps' }).click()
  await expect(
    dialog.getByRole('region', { name: 'Open pull requests in northwind/storefront' }),
  ).toContainText('No pull request is open.')
  await expect(dialog.getByRole('combobox', { name: 'Or from a branch' })).toBeVisible()
  await expectNoAxeViolations(page)
})
