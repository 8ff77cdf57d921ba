import { expect, test } from '@playwright/test'
import {
  announcer,
  card,
  column,
  dragByPointer,
  expectNoAxeViolations,
  openBoard,
  pickUpByKeyboard,
  stageInApi,
} from './support/board'
import { installFaults } from './support/faults'

test('drag a card by pointer to another stage; it is still there after a reload', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await expect(card(page, 'billing-api-eu')).toContainText('6 commits behind billing-api-staging')

  await dragByPointer(
    page,
    page.getByRole('button', { name: 'Move billing-api-eu' }),
    column(page, 'staging'),
  )
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(column(page, 'production').getByRole('article')).toHaveCount(1)
  await expect(column(page, 'staging')).toContainText('2 apps')
  // Drift follows the new neighbours: billing-api-eu is now compared with development and production.
  await expect(card(page, 'billing-api-eu')).not.toContainText('behind billing-api-staging')
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-eu')).toBe('staging')

  await page.reload()
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(column(page, 'production').getByRole('article')).toHaveCount(1)
})

test('a drop on Review is refused while dragging, says why, and changes nothing', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await dragByPointer(
    page,
    page.getByRole('button', { name: 'Move billing-api-staging' }),
    column(page, 'review'),
    false,
  )
  await expect(column(page, 'review')).toContainText(
    "Can't drop here. Review holds review apps, which are created from pull requests.",
  )
  await expect(column(page, 'review')).toHaveAttribute('data-drop', 'refused')
  await expect(column(page, 'production')).toHaveAttribute('data-drop', 'allowed')
  await page.screenshot({ path: test.info().outputPath('drag-over-review.png') })
  await page.mouse.up()

  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-staging' }),
  ).toBeVisible()
  await expect(column(page, 'review')).not.toContainText("Can't drop here")
  expect(await stageInApi(page, 'billing-api', 'billing-api-staging')).toBe('staging')

  // Review apps have no grip, and their menu offers no move.
  await expect(page.getByRole('button', { name: 'Move billing-api-pr-142' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Actions for billing-api-pr-142' }).click()
  await expect(page.getByRole('menu')).toContainText('Review apps stay in Review')
  await expect(page.getByRole('menuitem', { name: /^Move to/ })).toHaveCount(0)
})

test('drag by keyboard: Space, arrows and Space, with every step announced by name', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await pickUpByKeyboard(page, 'billing-api-staging')
  await expect(announcer(page)).toHaveText('Picked up billing-api-staging. It is in Staging.')

  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText(
    "Over Review. Can't drop here: Review holds review apps, which are created from pull requests.",
  )
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toHaveText('Over Staging, where billing-api-staging is now.')
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toHaveText('Over Production.')
  await expect(column(page, 'production')).toHaveAttribute('data-drop', 'allowed')
  await page.keyboard.press('Space')
  await expect(announcer(page)).toHaveText(
    'Dropped billing-api-staging in Production. Asking Heroku to move it.',
  )

  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-staging' }),
  ).toBeVisible()
  await expect(column(page, 'staging')).toContainText('No apps in Staging')
  // Focus stays on the card's grip, now in its new column.
  await expect(page.getByRole('button', { name: 'Move billing-api-staging' })).toBeFocused()
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-staging')).toBe('production')

  // Escape puts a picked-up card down where it was.
  const devHandle = page.getByRole('button', { name: 'Move billing-api-dev' })
  await devHandle.focus()
  await page.keyboard.press('Space')
  await expect(devHandle).toHaveAttribute('aria-pressed', 'true')
  await page.waitForTimeout(50)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(announcer(page)).toHaveText('Over Staging.')
  await page.keyboard.press('Escape')
  await expect(announcer(page)).toHaveText('Move cancelled. billing-api-dev stays in Development.')
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  expect(await stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('development')
})

test('move by the card menu, and axe finds nothing with the menu open', async ({ page }) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  const menu = page.getByRole('menu', { name: 'Actions for billing-api-dev' })
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Move to Staging',
    'Move to Production',
    'Open app',
    'Open in Heroku Dashboard',
    'Roll back…',
    'Remove from pipeline…',
  ])
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('card-menu.png') })

  await menu.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  await expect(page.getByText('Moved billing-api-dev to Staging')).toBeVisible()
  // The keyboard user's place follows the card to its new column.
  await expect(page.getByRole('button', { name: 'Actions for billing-api-dev' })).toBeFocused()
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('staging')

  // The same menu, by keyboard only.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Move to Production' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('production')
})

test('a move the API refuses goes back, with the API message; so does one the network loses', async ({
  page,
}) => {
  await installFaults(page, [
    {
      method: 'PATCH',
      url: '/pipeline-couplings/',
      delayMs: 600,
      error: {
        status: 403,
        id: 'forbidden',
        message: 'Only members of northwind with the operate permission can change stages.',
      },
    },
    { method: 'PATCH', url: '/pipeline-couplings/' },
  ])
  await openBoard(page, 'billing-api')

  await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  // Optimistic: the card moves at once, then goes back when the API says no.
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(
    page.getByText('Only members of northwind with the operate permission can change stages.'),
  ).toBeVisible()
  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(page.getByText('Error ID: forbidden')).toBeVisible()

  await dragByPointer(
    page,
    page.getByRole('button', { name: 'Move billing-api-eu' }),
    column(page, 'development'),
  )
  await expect(
    page.getByText('Could not reach the Heroku API. Check your connection, then try again.'),
  ).toBeVisible()
  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  expect(await stageInApi(page, 'billing-api', 'billing-api-eu')).toBe('production')
})

test('quick successive moves land in order and never flicker a card back', async ({ page }) => {
  await installFaults(page, [
    { method: 'PATCH', url: '/pipeline-couplings/', delayMs: 700 },
    { method: 'PATCH', url: '/pipeline-couplings/', delayMs: 700 },
  ])
  await openBoard(page, 'billing-api')
  // Record the column of billing-api-dev on every change of the board.
  await page.evaluate(() => {
    const where = () =>
      document
        .querySelector('[aria-label="Actions for billing-api-dev"]')
        ?.closest('section')
        ?.querySelector('h2')?.textContent ?? 'nowhere'
    const seen = [where()]
    new MutationObserver(() => {
      const stage = where()
      if (seen.at(-1) !== stage) seen.push(stage)
    }).observe(document.body, { childList: true, subtree: true })
    ;(window as unknown as { seen: string[] }).seen = seen
  })

  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Production' }).click()

  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('production')
  await expect(page.getByText('Moved billing-api-dev to Production')).toBeVisible()
  // Both answers and the refetch are in; the card went forward only.
  await page.waitForLoadState('networkidle')
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
  expect(seen.filter((stage) => stage !== 'nowhere')).toEqual([
    'Development',
    'Staging',
    'Production',
  ])
  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
})

test('every move can be undone from its toast; a refused one names the app and the stage, and stays until dismissed', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')

  // A drag by keyboard, then Undo from the toast.
  await pickUpByKeyboard(page, 'billing-api-eu')
  await page.keyboard.press('ArrowLeft')
  await expect(announcer(page)).toHaveText('Over Staging.')
  await page.keyboard.press('Space')
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  const moved = page.getByRole('listitem').filter({ hasText: 'Moved billing-api-eu to Staging' })
  await moved.getByRole('button', { name: 'Undo' }).click()
  await expect(
    column(page, 'production').getByRole('article', { name: 'billing-api-eu' }),
  ).toBeVisible()
  await expect(page.getByText('Moved billing-api-eu to Production')).toBeVisible()
  await expectNoAxeViolations(page)
  await expect.poll(() => stageInApi(page, 'billing-api', 'billing-api-eu')).toBe('production')

  // Time is the test's from here: a minute passes in an instant.
  await page.clock.install()
  await page.evaluate(() =>
    window.stageboardDemo?.injectFault({
      method: 'PATCH',
      url: '/pipeline-couplings/',
      error: { status: 422, id: 'invalid_params', message: 'No.' },
    }),
  )
  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  const refused = page
    .getByRole('listitem')
    .filter({ hasText: "Couldn't move billing-api-dev to Staging: No." })
  await expect(refused).toBeVisible()
  await expect(refused).toContainText('Error ID: invalid_params')
  await expect(
    column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  // A minute later it is still there, until the person closes it.
  await page.clock.runFor(60_000)
  await expect(refused).toBeVisible()
  await refused.getByRole('button', { name: 'Close toast' }).click()
  await expect(refused).toBeHidden()
})
