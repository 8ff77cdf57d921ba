import { expect, test } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

test('rolling back a production app says so before anything is sent; a staging app does not', async ({
  page,
}) => {
  const posts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/apps\/[^/]+\/releases$/.test(request.url()))
      posts.push(request.url())
  })
  await openBoard(page, 'billing-api')
  // billing-api's card has another below it: its menu must open over that card, not under it.
  await page.getByRole('button', { name: 'Actions for billing-api', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Roll back…' }).click()
  const dialog = page.getByRole('dialog', { name: /^Roll back billing-api to v\d+\?$/ })
  await expect(dialog.getByRole('note')).toHaveText(
    /^This changes production: billing-api will run the code and config vars of v\d+ until it is released again\.$/,
  )
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(posts).toEqual([])

  await page.getByRole('button', { name: 'Actions for billing-api-staging' }).click()
  await page.getByRole('menuitem', { name: 'Roll back…' }).click()
  const staging = page.getByRole('dialog', { name: /^Roll back billing-api-staging/ })
  await expect(staging.getByRole('button', { name: /^Roll back to v\d+$/ })).toBeEnabled()
  await expect(staging.getByRole('note')).toHaveCount(0)
})

test("a card's menu opens the app's page on Heroku's dashboard, and its name is whole on hover", async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await expect(
    card(page, 'billing-api-staging').getByRole('link', { name: 'billing-api-staging' }),
  ).toHaveAttribute('title', 'billing-api-staging')
  await page.getByRole('button', { name: 'Actions for billing-api-staging' }).click()
  await expect(page.getByRole('menuitem', { name: 'Open in Heroku Dashboard' })).toHaveAttribute(
    'href',
    'https://dashboard.heroku.com/apps/billing-api-staging',
  )
})

test('promoting to an app that runs commits the source lacks says, before the button, that they will be gone', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await card(page, 'billing-api-dev').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote billing-api-dev' })
  const note = dialog.getByRole('note', { name: 'Commits the promotion drops' })
  await expect(note).toHaveText(
    'billing-api-staging runs 5 commits that billing-api-dev does not have: promoting drops them.',
  )
  await expectNoAxeViolations(page)
  // Unticked, it says nothing.
  await dialog.getByRole('checkbox', { name: 'billing-api-staging' }).uncheck()
  await expect(note).toBeHidden()

  // Staging to production only adds commits: no such note.
  await page.keyboard.press('Escape')
  await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
  const toProduction = page.getByRole('dialog', { name: 'Promote billing-api-staging' })
  await expect(
    toProduction.getByRole('checkbox', { name: 'billing-api', exact: true }),
  ).toHaveAccessibleDescription('4 new commits')
  await expect(toProduction.getByRole('note', { name: 'Commits the promotion drops' })).toBeHidden()
})
