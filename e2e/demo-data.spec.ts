import { expect, test, type Page } from '@playwright/test'
import { STATE_SCHEMA_VERSION } from '../mocks/platform/types'
import { column, expectNoAxeViolations, openBoard } from './support/board'

declare global {
  interface Window {
    /** IndexedDB's own put, kept while a test stands in for a full disk */
    __originalPut?: IDBObjectStore['put']
  }
}

/** Writes a saved demo state as another tab (or a broken write) would leave it. */
async function saveDemoState(page: Page, state: unknown) {
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('stageboard-demo', 1)
      opening.onsuccess = () => resolve(opening.result)
      opening.onerror = () => reject(opening.error ?? new Error('open failed'))
    })
    const transaction = db.transaction('state', 'readwrite')
    const store = transaction.objectStore('state')
    const revision = await new Promise<unknown>((resolve) => {
      const reading = store.get('demo:revision')
      reading.onsuccess = () => resolve(reading.result)
    })
    store.put(value, 'demo:state')
    store.put((typeof revision === 'number' ? revision : 0) + 1, 'demo:revision')
    await new Promise((resolve) => (transaction.oncomplete = resolve))
    db.close()
  }, state)
}

const pipelines = (page: Page) =>
  page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')

test('saved demo data that cannot be read is replaced with a notice that says why, never a blank page', async ({
  page,
}) => {
  await page.goto('/')
  await expect(pipelines(page)).toHaveCount(5)

  await saveDemoState(page, 'garbage {')
  await page.reload()
  const notice = page.getByRole('status').filter({ hasText: 'Your saved demo data' })
  await expect(notice).toHaveText(
    'Your saved demo data could not be read (it is not demo data Stageboard saved), so the demo started again from its original data.Dismiss',
  )
  await expect(pipelines(page)).toHaveCount(5)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('demo-data-notice.png') })
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)

  // A newer Stageboard's data is not read as this one's, and the notice says so.
  await saveDemoState(page, { schemaVersion: 99, accountId: 'x' })
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Your saved demo data' })).toHaveText(
    `Your saved demo data could not be read (it was saved by a newer Stageboard (format 99; this one reads ${STATE_SCHEMA_VERSION})). It is left as it is: this tab runs on the demo's original data and saves nothing.Dismiss`,
  )
  await expect(pipelines(page)).toHaveCount(5)
  // Nothing this tab does writes over it.
  await page.getByRole('link', { name: 'storefront' }).click()
  await page.getByRole('button', { name: 'Actions for storefront-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await expect(page.getByText('Moved storefront-dev to Staging')).toBeVisible()
  const kept = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const opening = indexedDB.open('stageboard-demo', 1)
      opening.onsuccess = () => resolve(opening.result)
    })
    const reading = db.transaction('state').objectStore('state').get('demo:state')
    return new Promise((resolve) => (reading.onsuccess = () => resolve(reading.result)))
  })
  expect(kept).toEqual({ schemaVersion: 99, accountId: 'x' })
})

test('a change the browser cannot save stays in the tab, and the notice says so', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  // The browser's storage for the site is full: each write is aborted with a quota error.
  await page.evaluate(() => {
    // Kept unbound on purpose: it is called with each store as `this` below.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const put = IDBObjectStore.prototype.put
    window.__originalPut = put
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      const request = put.apply(this, args)
      // As a full disk does: the write is refused when the transaction commits, not at put.
      const transaction = this.transaction
      queueMicrotask(() => {
        try {
          transaction.abort()
        } catch {
          // already aborted by the other put of the same save
        }
      })
      return request
    }
    Object.defineProperty(IDBTransaction.prototype, 'error', {
      get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    })
  })

  await page.getByRole('button', { name: 'Actions for billing-api-dev' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await expect(page.getByText('Moved billing-api-dev to Staging')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toHaveText(
    "Your latest demo changes could not be saved (the browser's storage for this site is full). They stay in this tab until it is reloaded or another tab saves a change.Dismiss",
  )
  // The tab still holds the change: the board reads it back as it is.
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(
    column(page, 'staging').getByRole('article', { name: 'billing-api-dev' }),
  ).toBeVisible()

  // Room again: the next change saves everything the tab held, and the notice goes.
  await page.evaluate(() => {
    const original = window.__originalPut
    if (original) IDBObjectStore.prototype.put = original
    Reflect.deleteProperty(IDBTransaction.prototype, 'error')
  })
  await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await page.getByRole('menuitem', { name: 'Move to Staging' }).click()
  await expect(page.getByText('Moved billing-api-eu to Staging')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toHaveCount(0)
  await page.reload()
  for (const app of ['billing-api-dev', 'billing-api-eu']) {
    await expect(column(page, 'staging').getByRole('article', { name: app })).toBeVisible()
  }
})

test('faults can be listed and cleared from the console', async ({ page }) => {
  await page.goto('/')
  await page.waitForFunction(() => window.stageboardDemo)
  const listed = await page.evaluate(() => {
    const demo = window.stageboardDemo
    demo?.injectFault({ method: 'PATCH', url: 'pipeline-couplings/', times: 2 })
    demo?.injectFault({ method: 'GET', url: '/pipelines$', delayMs: 5000 })
    const before = demo?.faults()
    demo?.clearFaults()
    return { before, after: demo?.faults() }
  })
  expect(listed).toEqual({
    before: [
      { method: 'PATCH', url: 'pipeline-couplings/', times: 2 },
      { method: 'GET', url: '/pipelines$', delayMs: 5000, times: 1 },
    ],
    after: [],
  })
})
