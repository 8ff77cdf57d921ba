import { expect, test, type Page } from '@playwright/test'
import {
  announcer,
  card,
  column,
  dragByPointer,
  expectNoAxeViolations,
  openBoard,
  pickUpByKeyboard,
  stageOfApp,
} from './support/board'

/** Every change the board could send into a stage: moves, promotions, releases (rollbacks). */
function countChanges(page: Page) {
  const sent: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (
      (request.method() === 'PATCH' && url.includes('/pipeline-couplings/')) ||
      (request.method() === 'POST' && url.endsWith('/pipeline-promotions')) ||
      (request.method() === 'POST' && /\/apps\/[^/]+\/releases$/.test(url))
    )
      sent.push(`${request.method()} ${url}`)
  })
  return sent
}

const REASON = 'incident #231, no deploys to production'
const SAID =
  /^Production is locked by ada@northwind\.dev just now: incident #231, no deploys to production\./

async function lockProduction(page: Page) {
  await page.getByRole('button', { name: 'Stop the line' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop the line on billing-api' })
  await dialog.getByRole('radio', { name: 'Production' }).check()
  await dialog.getByRole('button', { name: 'Lock Production' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Say why: the people it stops will read it.')
  await dialog.getByRole('textbox', { name: 'Why' }).fill(REASON)
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Lock Production' }).click()
  await expect(dialog).toBeHidden()
}

test('a locked production refuses every way in, before any request, saying who, when and why; one click unlocks it', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await lockProduction(page)
  const production = column(page, 'production')
  await expect(production.getByRole('note', { name: 'Production locked' })).toHaveText(SAID)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('locked-production.png') })
  const sent = countChanges(page)

  // Promote… on staging says why it cannot.
  const promote = card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' })
  await expect(promote).toHaveAttribute('aria-disabled', 'true')
  await expect(promote).toHaveAccessibleDescription(SAID)

  // Drag by pointer: the column says it will not take the card, and the card stays.
  const staging = card(page, 'billing-api-staging')
  await dragByPointer(
    page,
    staging.getByRole('button', { name: 'Move billing-api-staging' }),
    production,
    false,
  )
  await expect(production).toContainText(
    "Can't drop here. Production is locked by ada@northwind.dev",
  )
  await page.mouse.up()

  // By keyboard: the announcer says why, and the card stays.
  await pickUpByKeyboard(page, 'billing-api-staging')
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toContainText(
    "Over Production. Can't drop here: Production is locked by",
  )
  await page.keyboard.press('Space')
  await expect(announcer(page)).toContainText('billing-api-staging stays in Staging.')

  // From the card's menu: the same words, in a message.
  await page.getByRole('button', { name: 'Actions for billing-api-staging' }).click()
  await page.getByRole('menuitem', { name: 'Move to Production' }).click()
  const told = page.getByRole('listitem').filter({ hasText: SAID })
  await expect(told).toBeVisible()
  // Refusals stay until closed: closed, as a person would, to reach the next card.
  await told.getByRole('button', { name: 'Close toast' }).click()
  await expect(told).toBeHidden()
  // The pointer leaves the messages (resting on them keeps them), and "Production locked" goes:
  // it would cover the lower items of the next menu, as it would for a person.
  await page.mouse.move(10, 10)
  await expect(page.getByRole('listitem').filter({ hasText: 'Production locked' })).toBeHidden()

  // Rolling a production app back is a release into production: refused in the dialog.
  await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await page.getByRole('menuitem', { name: 'Roll back…' }).click()
  const rollback = page.getByRole('dialog', { name: /^Roll back billing-api-eu/ })
  await expect(rollback.getByRole('note')).toContainText('Unlock it to roll billing-api-eu back.')
  await expect(rollback.getByRole('button', { name: /^Roll back to v\d+$/ })).toBeDisabled()
  await rollback.getByRole('button', { name: 'Cancel' }).click()

  expect(sent).toEqual([])
  expect(await stageOfApp(page, 'billing-api-staging')).toBe('staging')

  // One action unlocks it, and promoting works again.
  await production.getByRole('button', { name: 'Unlock Production' }).click()
  await expect(page.getByText('Production unlocked')).toBeVisible()
  await expect(production.getByRole('note', { name: 'Production locked' })).toHaveCount(0)
  await expect(promote).not.toHaveAttribute('aria-disabled')
})

test('a pipeline lock shows as a banner to a teammate in another tab, and stops their retry of a failed target', async ({
  page,
  context,
}) => {
  // A teammate's promotion half failed: billing-api-eu's release command failed.
  const teammate = await context.newPage()
  await openBoard(teammate, 'billing-api')
  const starts = countChanges(teammate)
  await card(teammate, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
  await teammate.getByRole('button', { name: 'Promote to 2 apps' }).click()
  const progress = teammate.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
  await expect(progress.getByRole('status')).toHaveText(
    'Promoted to 1 app; failed on billing-api-eu',
  )
  expect(starts).toHaveLength(1)

  // Meanwhile the line is stopped, in this tab, by keyboard.
  await openBoard(page, 'billing-api')
  await page.getByRole('button', { name: 'Stop the line' }).press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Stop the line on billing-api' })
  await dialog.getByRole('radio', { name: 'The whole pipeline' }).check()
  await dialog.getByRole('textbox', { name: 'Why' }).fill('Quarter-end freeze')
  await dialog.getByRole('textbox', { name: 'Why' }).press('Enter')
  const banner = page.getByRole('note', { name: 'The pipeline locked' })
  await expect(banner).toHaveText(
    /^The pipeline is locked by ada@northwind\.dev just now: Quarter-end freeze\./,
  )
  await expect(page.getByRole('listitem').filter({ hasText: 'The pipeline locked' })).toBeVisible()
  await expectNoAxeViolations(page)

  // The teammate's tab hears of it, and their retry is refused before any request.
  await teammate.bringToFront()
  await expect(teammate.getByRole('note', { name: 'The pipeline locked' })).toContainText(
    'Quarter-end freeze.',
  )
  await progress.getByRole('button', { name: 'Retry failed targets' }).click()
  await expect(
    teammate.getByText(/^Nothing was promoted\. The pipeline is locked by ada@northwind\.dev/),
  ).toBeVisible()
  expect(starts).toHaveLength(1)

  await page.bringToFront()
  await banner.getByRole('button', { name: 'Unlock the pipeline' }).click()
  await expect(banner).toHaveCount(0)
})

test("a move's Undo into a stage locked since is refused too", async ({ page }) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  const moved = page.getByRole('listitem').filter({ hasText: 'Moved billing-api-dev to Staging' })
  await expect(moved).toBeVisible()
  await expect(column(page, 'staging')).toContainText('billing-api-dev')

  // Development is locked before Undo is pressed.
  await page.getByRole('button', { name: 'Stop the line' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stop the line on billing-api' })
  await dialog.getByRole('radio', { name: 'Development' }).check()
  await dialog.getByRole('textbox', { name: 'Why' }).fill('dev database restore')
  await dialog.getByRole('button', { name: 'Lock Development' }).click()
  await expect(dialog).toBeHidden()
  const sent = countChanges(page)

  await moved.getByRole('button', { name: 'Undo' }).click()
  const notifications = page.getByRole('region', { name: /^Notifications/ })
  await expect(
    notifications.getByText(
      /^Development is locked by ada@northwind\.dev just now: dev database restore\.$/,
    ),
  ).toBeVisible()
  expect(sent).toEqual([])
  expect(await stageOfApp(page, 'billing-api-dev')).toBe('staging')
})
