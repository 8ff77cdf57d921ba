import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { SANDBOX_KEY as KEY, useSandbox } from './support/sandbox'

test('from the demo to a Heroku account: connect with a key, stay connected in the tab, sign out', async ({
  page,
}) => {
  await useSandbox(page)
  await page.goto('/')
  await expect(page.getByText('Demo backend')).toBeVisible()
  await page.getByRole('button', { name: 'Connect to Heroku' }).click()

  await expect(page.getByRole('heading', { name: 'Connect to Heroku' })).toBeVisible()
  await expect(page.getByText('Demo backend')).toBeHidden()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  const box = page.getByLabel('Heroku API key')
  await expect(box).toBeFocused()

  // A key Heroku does not know: its words, and a request id to quote.
  await box.fill('99999999-89ab-cdef-0123-456789abcdef')
  await page.keyboard.press('Enter')
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText(
    'Heroku did not accept this key: Invalid credentials provided.',
  )
  await expect(refusal).toContainText(/Request ID: [0-9a-f-]{36}/)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.screenshot({ path: test.info().outputPath('connect-refused.png') })

  await box.fill(KEY)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(5)
  await expect(page.getByTitle('Signed in as')).toHaveText('ada@northwind.dev')
  // The key is nowhere in the address, and kept for this tab only.
  expect(page.url()).not.toContain(KEY)
  expect(await page.evaluate(() => localStorage.getItem('stageboard:heroku-token'))).toBeNull()

  await page.reload()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(5)

  // A new tab of the same browser has no key: it asks.
  const other = await page.context().newPage()
  await other.goto('/')
  await expect(other.getByRole('heading', { name: 'Connect to Heroku' })).toBeVisible()
  await other.close()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Connect to Heroku' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('You signed out.')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Connect to Heroku' })).toBeVisible()

  await page.getByRole('button', { name: 'Explore the demo instead' }).click()
  await expect(page.getByText('Demo backend')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(5)
})

test('a key remembered on the device opens every tab; signing out in one signs out all; connecting again returns to the same page; a revoked key returns to Connect with the reason', async ({
  page,
}) => {
  await useSandbox(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Connect to Heroku' }).click()
  await page.getByLabel('Heroku API key').fill(KEY)
  await page.getByRole('checkbox', { name: 'Remember on this device' }).check()
  await page.getByRole('button', { name: 'Connect' }).click()
  await page.getByRole('link', { name: 'billing-api', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()

  const other = await page.context().newPage()
  await other.goto(page.url())
  await expect(other.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()

  // Signing out in one tab signs out the other at once.
  await other.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('status')).toContainText('You signed out in another tab.')
  await other.close()

  await page.getByLabel('Heroku API key').fill(KEY)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()

  // Heroku revokes the key (the sandbox forgets it) as the person goes back to the pipelines: the
  // page's requests hear 401. In one step, or the board's own refresh may hear it first.
  await page.evaluate(() => {
    window.stageboardDemo?.backend.apiKeys?.clear()
    document.querySelector<HTMLAnchorElement>('nav[aria-label="Main"] a')?.click()
  })
  await expect(page.getByRole('heading', { name: 'Connect to Heroku' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText(
    'Heroku no longer accepts the API key: Invalid credentials provided.',
  )
})
