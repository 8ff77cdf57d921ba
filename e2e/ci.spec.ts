import { expect, test } from '@playwright/test'
import { card, expectNoAxeViolations, openBoard } from './support/board'

test("each card says what CI made of the commit it runs, and its run's output is a click away", async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await expect(card(page, 'billing-api')).toContainText('CI passed')
  const dev = card(page, 'billing-api-dev')
  await expect(dev).toContainText('CI failed')
  await expectNoAxeViolations(page)

  await dev.getByRole('link', { name: /^Test run #\d+ \(CI failed\)$/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible()
  const opened = page.getByRole('button', { name: /^Output of run #\d+$/, expanded: true })
  await expect(opened).toHaveCount(1)
  await expect(page.getByRole('log', { name: /^Setup of run #\d+$/ })).toContainText(
    'Build succeeded for billing-api',
  )
  const output = page.getByRole('log', { name: /^Test output of run #\d+$/ })
  await expect(output).toContainText('✖ billing › meters API calls per customer')
  await expect(output).toContainText('ℹ fail 1')
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('tests-page.png'), fullPage: true })
})

test('a run started again by keyboard shows its output as it runs, and ends as the commit does', async ({
  page,
}) => {
  const started: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/test-runs'))
      started.push(request.postData() ?? '')
  })
  await openBoard(page, 'billing-api')
  await page.getByRole('link', { name: 'Tests', exact: true }).click()
  const runs = page.getByRole('list', { name: 'Test runs' })
  const newest = runs.getByRole('listitem').first()
  const newestNumber = Number(/#(\d+)/.exec((await newest.textContent()) ?? '')?.[1])

  await page.getByRole('combobox', { name: 'Branch' }).selectOption('spike/usage-metering')
  await expect(page).toHaveURL(/branch=spike%2Fusage-metering/)
  const spike = runs.getByRole('listitem').first()
  await spike.getByRole('button', { name: /^Run #\d+ again$/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(`again as run #${newestNumber + 1}`)).toBeVisible()
  expect(started).toHaveLength(1)

  const again = runs.getByRole('listitem').filter({ hasText: `#${newestNumber + 1}` })
  await expect(
    again.getByRole('button', { name: `Output of run #${newestNumber + 1}` }),
  ).toHaveAttribute('aria-expanded', 'true')
  const output = again.getByRole('log', { name: `Test output of run #${newestNumber + 1}` })
  await expect(output).toContainText('> billing-api@1.0.0 test', { timeout: 15_000 })
  await expect(again).toContainText(`#${newestNumber + 1} failed`, { timeout: 15_000 })
  await expect(output).toContainText('ℹ fail 1')
  await expectNoAxeViolations(page)
})

test('a viewer sees the runs but cannot start one, and no request is sent', async ({ page }) => {
  const started: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/test-runs')) started.push('sent')
  })
  await openBoard(page, 'billing-api')
  const person = page.getByRole('combobox', { name: 'Acting as' })
  const priya = await person
    .getByRole('option', { name: /^Priya Raman \(viewer\)$/ })
    .getAttribute('value')
  await person.selectOption(priya ?? '')
  await expect(person).toHaveValue(priya ?? '')
  await page.getByRole('link', { name: 'Tests', exact: true }).click()
  const rerun = page.getByRole('button', { name: /^Run #\d+ again$/ }).first()
  await expect(rerun).toHaveAttribute('aria-disabled', 'true')
  // Pressed all the same (with a pointer that ignores aria-disabled): the reason shows.
  await rerun.click({ force: true })
  await expect(page.getByRole('tooltip')).toHaveText(
    'Viewers of northwind cannot change its pipelines.',
  )
  expect(started).toHaveLength(0)
})
