import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { installFaults } from './support/faults'

test('the pipelines page lists the demo pipelines with owners and stage counts', async ({
  page,
}) => {
  await page.goto('/')
  const list = page.getByRole('list', { name: 'Pipelines' })
  await expect(list.getByRole('listitem')).toHaveCount(5)

  const billing = page.getByRole('article', { name: 'billing-api' })
  await expect(billing).toContainText('northwind (team)')
  for (const [stage, count] of [
    ['Development', '1'],
    ['Review', '1'],
    ['Staging', '1'],
    ['Production', '2'],
  ]) {
    await expect(billing.getByRole('definition').filter({ hasText: count }).first()).toBeVisible()
    await expect(billing.getByRole('term').filter({ hasText: stage })).toBeVisible()
  }
  await expect(billing).toContainText('5 apps')
  await expect(page.getByRole('article', { name: 'legacy-reports' })).toContainText(
    'No owner (legacy pipeline)',
  )
  await expect(page.getByRole('article', { name: 'marketing-site' })).toContainText(
    'ada@northwind.dev',
  )

  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations).toEqual([])
  await page.screenshot({ path: test.info().outputPath('pipelines.png'), fullPage: true })

  await page.getByRole('link', { name: 'billing-api' }).click()
  await expect(page).toHaveURL(/\/pipelines\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeVisible()
})

test('a pipeline list that fails to load says why in the API words and retries', async ({
  page,
}) => {
  // Three failures: the first load and its two automatic retries.
  await installFaults(page, [
    {
      method: 'GET',
      url: 'api\\.heroku\\.com/pipelines$',
      error: {
        status: 503,
        id: 'service_unavailable',
        message: 'The Platform API is under maintenance.',
      },
      times: 3,
    },
  ])
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText("Couldn't load your pipelines")
  await expect(alert).toContainText('The Platform API is under maintenance.')
  await expect(alert).toContainText('service_unavailable')

  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(5)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('demo data survives a reload, and "Reset demo data" puts it back', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('article', { name: 'mobile-gateway' })).toBeVisible()

  // Change the demo through the API itself, as any client would.
  const status = await page.evaluate(async () => {
    const headers = {
      Accept: 'application/vnd.heroku+json; version=3',
      'Content-Type': 'application/json',
    }
    const pipeline = (await (
      await fetch('https://api.heroku.com/pipelines/mobile-gateway', { headers })
    ).json()) as { id: string }
    const response = await fetch(`https://api.heroku.com/pipelines/${pipeline.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: 'mobile-edge' }),
    })
    return response.status
  })
  expect(status).toBe(200)

  await page.reload()
  await expect(page.getByRole('article', { name: 'mobile-edge' })).toBeVisible()

  await page.getByRole('button', { name: 'Reset demo data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset the demo data?' })
  await expect(dialog).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await dialog.getByRole('button', { name: 'Reset demo data' }).click()

  await expect(page.getByText('Demo data reset')).toBeVisible()
  await expect(page.getByRole('article', { name: 'mobile-gateway' })).toBeVisible()
  await expect(page.getByRole('article', { name: 'mobile-edge' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('article', { name: 'mobile-gateway' })).toBeVisible()
})

test('an unknown address and an unknown pipeline say so', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()

  await page.goto('/pipelines/00000000-0000-4000-8000-000000000000')
  await expect(page.getByRole('heading', { name: 'Pipeline not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to pipelines' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible()
})

test('odd addresses reach a page that says what was not found, and send nothing odd to Heroku', async ({
  page,
  baseURL,
}) => {
  const sent: URL[] = []
  page.on('request', (request) => sent.push(new URL(request.url())))
  const cases: [string, string][] = [
    ['/pipelines/..%2F..%2Faccount', 'Pipeline not found'],
    ['/pipelines/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Pipeline not found'],
    [`/pipelines/${'a'.repeat(3000)}`, 'Pipeline not found'],
    ['/apps/%2F%2Fevil.example.com', 'App not found'],
    ['/apps/%00', 'App not found'],
    ['/pipelines/billing-api/extra/parts', 'Page not found'],
  ]
  for (const [address, heading] of cases) {
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.locator('script:not([src])')).toHaveCount(0)
  }
  // Whatever the address held stays one path segment, encoded: never another resource or host.
  const odd = sent.filter(
    (url) =>
      !['api.heroku.com', new URL(baseURL ?? '').host].includes(url.host) ||
      (url.host === 'api.heroku.com' &&
        /^\/(pipelines|apps)\//.test(url.pathname) &&
        !/^\/(pipelines|apps)\/[^/]+(\/[a-z-]+)?$/.test(url.pathname)),
  )
  expect(odd.map(String)).toEqual([])
  expect(sent.some((url) => url.pathname === '/pipelines/..%2F..%2Faccount')).toBe(true)
})
