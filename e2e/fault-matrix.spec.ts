import { expect, test, type Page } from '@playwright/test'
import type { Fault } from '../mocks/faults'
import {
  card,
  column,
  dragByPointer,
  openBoard,
  pickUpByKeyboard,
  stageInApi,
} from './support/board'

/**
 * Every change the dashboard can make, met by every fault Heroku or the network can give it: one
 * test per cell, each on fresh demo data (a new browser context), the cells enumerated from the
 * two tables below and printed as a grid at the end (by e2e/support/fault-matrix-reporter.ts).
 *
 * A refused or lost change must leave the screen on the server's truth, say once, in the API's
 * words, what failed, and have been sent once. A slow one shows progress on what waits, leaves
 * the rest usable, and lands once.
 */

interface FaultCase {
  name: string
  /** the answer; none for a dropped connection */
  error?: NonNullable<Fault['error']>
  delayMs?: number
  /** the words the person must read */
  words: string
}

/** Heroku's answers as they come, in its `{id, message}` shape; the slow one is ten seconds. */
const FAULTS: FaultCase[] = [
  {
    name: '500',
    error: { status: 500, id: 'internal_server_error', message: 'Internal server error.' },
    words: 'Internal server error.',
  },
  {
    name: '503',
    error: { status: 503, id: 'unavailable', message: 'The API is temporarily unavailable.' },
    words: 'The API is temporarily unavailable.',
  },
  {
    name: 'network drop',
    words: 'Could not reach the Heroku API. Check your connection, then try again.',
  },
  {
    name: '409',
    error: { status: 409, id: 'conflict', message: 'Another change to this is in progress.' },
    words: 'Another change to this is in progress.',
  },
  {
    name: '403',
    error: { status: 403, id: 'forbidden', message: 'You do not have access to this resource.' },
    words: 'You do not have access to this resource.',
  },
  {
    name: '422',
    error: { status: 422, id: 'invalid_params', message: 'This change is not allowed now.' },
    words: 'This change is not allowed now.',
  },
  {
    name: '429',
    error: { status: 429, id: 'rate_limit', message: 'Your account reached the API rate limit.' },
    // The client adds when the change may be tried again.
    words: 'Your account reached the API rate limit. Try again after',
  },
  { name: '10 s latency', delayMs: 10_000, words: '' },
]

interface ActionCase {
  name: string
  /** the request that makes the change: the fault is set on it */
  method: string
  url: string
  /** gets to where the change starts, on fresh data */
  open(page: Page): Promise<void>
  /** makes the change as a person would; the request is on its way when this returns */
  act(page: Page): Promise<void>
  /** what failed, as the message names it */
  failure: string
  /** the screen shows the truth again after a refusal */
  unchanged(page: Page): Promise<void>
  /** while the answer is slow: what waits says so, and the rest can be used */
  waiting(page: Page): Promise<void>
  /** the change, once made */
  done(page: Page): Promise<void>
}

/** A dialog of the project's: slow, it says so and can be closed; its answer comes as a toast. */
async function closeSlowDialog(page: Page) {
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByText(/^Still waiting for Heroku\. You can close this/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** A move, however made, waits on its card in the new column and leaves the board usable. */
const moveWaiting = (app: string, stage: string) => async (page: Page) => {
  const moved = column(page, stage).getByRole('article', { name: app })
  await expect(moved.getByRole('status')).toHaveText(`${app}: Waiting for Heroku to move it…`)
  await page.getByRole('button', { name: 'Actions for billing-api-staging' }).click()
  await expect(page.getByRole('menuitem', { name: 'Roll back…' })).toBeVisible()
  await page.keyboard.press('Escape')
}

const moveCase = (name: string, act: (page: Page) => Promise<void>): ActionCase => ({
  name,
  method: 'PATCH',
  url: '/pipeline-couplings/',
  open: (page) => openBoard(page, 'billing-api'),
  act,
  failure: "Couldn't move billing-api-dev to Staging",
  unchanged: async (page) => {
    await expect(
      column(page, 'development').getByRole('article', { name: 'billing-api-dev' }),
    ).toBeVisible()
    await expect(
      column(page, 'staging').getByRole('article', { name: 'billing-api-dev' }),
    ).toHaveCount(0)
  },
  waiting: moveWaiting('billing-api-dev', 'staging'),
  done: async (page) => {
    await expect(page.getByText('Moved billing-api-dev to Staging')).toBeVisible({
      timeout: 15_000,
    })
    await expect(
      column(page, 'staging').getByRole('article', { name: 'billing-api-dev' }),
    ).toBeVisible()
    expect(await stageInApi(page, 'billing-api', 'billing-api-dev')).toBe('staging')
  },
})

const releasesRows = (page: Page) =>
  page.getByRole('table', { name: 'Releases of billing-api-eu' }).getByRole('row')

const ACTIONS: ActionCase[] = [
  moveCase('move by drag', (page) =>
    dragByPointer(
      page,
      page.getByRole('button', { name: 'Move billing-api-dev' }),
      column(page, 'staging'),
    ),
  ),
  moveCase('move by keyboard', async (page) => {
    await pickUpByKeyboard(page, 'billing-api-dev')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
  }),
  moveCase('move by menu', async (page) => {
    await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
    await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  }),
  {
    name: 'add an app',
    method: 'POST',
    url: '/pipeline-couplings$',
    open: (page) => openBoard(page, 'mobile-gateway'),
    act: async (page) => {
      await page.getByRole('button', { name: 'Add app to Staging' }).click()
      const dialog = page.getByRole('dialog', { name: 'Add an app to Staging' })
      await dialog.getByRole('radio', { name: /mobile-gateway-staging/ }).check()
      await dialog.getByRole('button', { name: 'Add to Staging' }).click()
    },
    failure: 'mobile-gateway-staging was not added to mobile-gateway',
    unchanged: async (page) => {
      await expect(
        page.getByRole('dialog').getByRole('button', { name: 'Add to Staging' }),
      ).toBeEnabled()
      await expect(card(page, 'mobile-gateway-staging')).toHaveCount(0)
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(
        page.getByText('Added mobile-gateway-staging to mobile-gateway as staging'),
      ).toBeVisible({ timeout: 15_000 })
      await expect(
        column(page, 'staging').getByRole('article', { name: 'mobile-gateway-staging' }),
      ).toBeVisible()
    },
  },
  {
    name: 'remove an app',
    method: 'DELETE',
    url: '/pipeline-couplings/',
    open: (page) => openBoard(page, 'billing-api'),
    act: async (page) => {
      await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
      await page.getByRole('menuitem', { name: 'Remove from pipeline' }).click()
      await page
        .getByRole('dialog', { name: 'Remove billing-api-eu from the pipeline?' })
        .getByRole('button', { name: 'Remove from pipeline' })
        .click()
    },
    failure: 'billing-api-eu was not removed from billing-api',
    unchanged: async (page) => {
      await page.keyboard.press('Escape')
      await expect(card(page, 'billing-api-eu')).toBeVisible()
      expect(await stageInApi(page, 'billing-api', 'billing-api-eu')).toBe('production')
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(page.getByText('Removed billing-api-eu from billing-api')).toBeVisible({
        timeout: 15_000,
      })
      await expect(card(page, 'billing-api-eu')).toHaveCount(0)
    },
  },
  {
    name: 'promote',
    method: 'POST',
    url: '/pipeline-promotions$',
    open: (page) => openBoard(page, 'storefront'),
    act: async (page) => {
      await card(page, 'storefront-staging').getByRole('button', { name: 'Promote…' }).click()
      await page
        .getByRole('dialog', { name: 'Promote storefront-staging' })
        .getByRole('button', { name: 'Promote to 1 app' })
        .click()
    },
    failure: 'The promotion from storefront-staging did not start',
    unchanged: async (page) => {
      const dialog = page.getByRole('dialog', { name: 'Promote storefront-staging' })
      await expect(dialog.getByRole('button', { name: 'Promote to 1 app' })).toBeEnabled()
      await page.keyboard.press('Escape')
      await expect(card(page, 'storefront-prod')).toContainText(
        /commits? behind storefront-staging/,
      )
    },
    waiting: async (page) => {
      await closeSlowDialog(page)
      await expect(page.getByRole('button', { name: 'View progress' })).toBeVisible({
        timeout: 15_000,
      })
    },
    done: async (page) => {
      await expect(card(page, 'storefront-prod')).toContainText(
        'Up to date with storefront-staging',
        { timeout: 15_000 },
      )
    },
  },
  {
    name: 'retry failed targets',
    method: 'POST',
    url: '/pipeline-promotions$',
    open: async (page) => {
      // A promotion of which one target fails its release command, to be retried.
      await openBoard(page, 'billing-api')
      await card(page, 'billing-api-staging').getByRole('button', { name: 'Promote…' }).click()
      await page.getByRole('button', { name: 'Promote to 2 apps' }).click()
      await expect(
        page
          .getByRole('dialog', { name: 'Promotion from billing-api-staging' })
          .getByRole('status'),
      ).toHaveText('Promoted to 1 app; failed on billing-api-eu', { timeout: 15_000 })
    },
    act: (page) => page.getByRole('button', { name: 'Retry failed targets' }).click(),
    failure: 'The retry of the promotion from billing-api-staging did not start',
    unchanged: async (page) => {
      const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
      await expect(progress.getByRole('status')).toHaveText(
        'Promoted to 1 app; failed on billing-api-eu',
      )
      await expect(progress.getByRole('button', { name: 'Retry failed targets' })).toBeEnabled()
    },
    waiting: async (page) => {
      // The retry waits on its button; the dialog can still be closed and opened again.
      const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
      await expect(progress.getByRole('button', { name: 'Retrying…' })).toBeDisabled()
      await progress.getByRole('button', { name: 'Close', exact: true }).click()
      await expect(progress).toBeHidden()
      await page.goBack()
      await expect(progress.getByRole('button', { name: 'Retrying…' })).toBeDisabled()
    },
    done: async (page) => {
      const progress = page.getByRole('dialog', { name: 'Promotion from billing-api-staging' })
      await expect(progress.getByRole('status')).toHaveText('Promoted to 1 app', {
        timeout: 20_000,
      })
      await expect(progress.getByRole('listitem')).toHaveCount(1)
    },
  },
  {
    name: 'roll back',
    method: 'POST',
    url: '/apps/[^/]+/releases$',
    open: async (page) => {
      await openBoard(page, 'billing-api')
      await page.getByRole('link', { name: 'billing-api-eu' }).click()
      await expect(releasesRows(page).nth(1)).toContainText('Current')
    },
    act: async (page) => {
      await releasesRows(page).nth(2).getByRole('button', { name: 'Roll back to v5' }).click()
      await page
        .getByRole('dialog', { name: 'Roll back billing-api-eu to v5?' })
        .getByRole('button', { name: 'Roll back to v5' })
        .click()
    },
    failure: 'billing-api-eu was not rolled back to v5',
    unchanged: async (page) => {
      await page.keyboard.press('Escape')
      await expect(releasesRows(page).nth(1)).toContainText('v6')
      await expect(releasesRows(page).nth(1)).toContainText('Current')
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(page.getByText('Rolled back billing-api-eu to v5')).toBeVisible({
        timeout: 15_000,
      })
      await expect(releasesRows(page).nth(1)).toContainText('v7')
    },
  },
  {
    name: 'create a pipeline',
    method: 'POST',
    url: '/pipelines$',
    open: async (page) => {
      await page.goto('/')
      await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(
        5,
      )
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'New pipeline' }).click()
      const dialog = page.getByRole('dialog', { name: 'New pipeline' })
      await dialog.getByRole('radio', { name: /search-indexer/ }).check()
      await dialog.getByRole('button', { name: 'Create pipeline' }).click()
    },
    failure: 'The pipeline search-indexer was not created',
    unchanged: async (page) => {
      await page.keyboard.press('Escape')
      await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(
        5,
      )
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(page.getByText('Created search-indexer')).toBeVisible({ timeout: 15_000 })
      await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(
        6,
      )
    },
  },
  {
    name: 'rename a pipeline',
    method: 'PATCH',
    url: '/pipelines/',
    open: (page) => openBoard(page, 'billing-api'),
    act: async (page) => {
      await page.getByRole('button', { name: 'Rename' }).click()
      const field = page.getByRole('dialog').getByRole('textbox', { name: 'New name' })
      await field.fill('billing-platform')
      await field.press('Enter')
    },
    failure: 'billing-api was not renamed',
    unchanged: async (page) => {
      await page.keyboard.press('Escape')
      await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(page.getByText('Renamed billing-api to billing-platform')).toBeVisible({
        timeout: 15_000,
      })
      await expect(page.getByRole('heading', { level: 1, name: 'billing-platform' })).toBeVisible()
    },
  },
  {
    name: 'delete a pipeline',
    method: 'DELETE',
    url: '/pipelines/',
    open: (page) => openBoard(page, 'storefront'),
    act: async (page) => {
      await page.getByRole('button', { name: 'Delete', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete storefront?' })
      await dialog.getByRole('textbox', { name: 'Type storefront to confirm' }).fill('storefront')
      await dialog.getByRole('button', { name: 'Delete pipeline' }).click()
    },
    failure: 'storefront was not deleted',
    unchanged: async (page) => {
      await page.keyboard.press('Escape')
      await expect(page.getByRole('heading', { level: 1, name: 'storefront' })).toBeVisible()
      await expect(card(page, 'storefront-prod')).toBeVisible()
    },
    waiting: closeSlowDialog,
    done: async (page) => {
      await expect(page.getByText('Deleted storefront')).toBeVisible({ timeout: 15_000 })
      await expect(page.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible()
      await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(
        4,
      )
    },
  },
]

/** The requests of the change that reached the network (or the demo backend's worker). */
function recordSent(page: Page, action: ActionCase) {
  const sent: string[] = []
  const path = new RegExp(action.url)
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (
      url.host === 'api.heroku.com' &&
      request.method() === action.method &&
      path.test(url.pathname)
    ) {
      sent.push(url.pathname)
    }
  })
  return sent
}

for (const action of ACTIONS) {
  for (const fault of FAULTS) {
    test(`${action.name} × ${fault.name}`, async ({ page }) => {
      test.setTimeout(fault.delayMs ? 60_000 : 30_000)
      await action.open(page)
      const sent = recordSent(page, action)
      await page.evaluate((injected) => window.stageboardDemo?.injectFault(injected), {
        method: action.method,
        url: action.url,
        error: fault.error,
        delayMs: fault.delayMs,
      })
      await action.act(page)

      if (fault.delayMs) {
        await action.waiting(page)
        await action.done(page)
      } else {
        const message = page.getByText(fault.words)
        await expect(message).toHaveCount(1)
        await expect(message).toBeVisible()
        await expect(page.getByText(action.failure)).toBeVisible()
        if (fault.error) await expect(page.getByText(`Error ID: ${fault.error.id}`)).toBeVisible()
        await action.unchanged(page)
      }
      // Nothing is sent twice, whatever happened, even after a wait.
      await page.waitForTimeout(300)
      expect(sent).toHaveLength(1)
    })
  }
}
