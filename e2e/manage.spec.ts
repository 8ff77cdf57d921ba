import { expect, test, type Page } from '@playwright/test'
import { card, column, expectNoAxeViolations, openBoard, stageInApi } from './support/board'

/** The paths of the writes the page sends to these Heroku API paths, for "nothing was sent" checks. */
function recordWrites(page: Page, method: string, paths: RegExp) {
  const sent: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (request.method() === method && url.host === 'api.heroku.com' && paths.test(url.pathname)) {
      sent.push(url.pathname)
    }
  })
  return sent
}

test('add an app to a stage: bad names are caught first, the API refusal names the other pipeline', async ({
  page,
}) => {
  await openBoard(page, 'mobile-gateway')
  const posts = recordWrites(page, 'POST', /^\/pipeline-couplings$/)
  await page.getByRole('button', { name: 'Add app to Staging' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add an app to Staging' })
  const free = dialog.getByRole('group', { name: 'Apps not in any pipeline' })
  await expect(free.getByRole('radio')).toHaveCount(4)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: test.info().outputPath('add-app.png') })

  const field = dialog.getByRole('textbox', { name: 'App' })
  await field.fill('Mobile Gateway')
  await dialog.getByRole('button', { name: 'Add to Staging' }).click()
  await expect(field).toHaveAccessibleDescription('App name must be lowercase.')
  await field.fill('gw')
  await dialog.getByRole('button', { name: 'Add to Staging' }).click()
  await expect(dialog).toContainText('App name is too short: use 3 to 30 characters.')
  expect(posts).toEqual([])

  // Typed by name, an app of another pipeline reaches the API, which says where it is.
  await field.fill('billing-api-dev')
  await expect(dialog).toContainText('No free app matches “billing-api-dev”.')
  await dialog.getByRole('button', { name: 'Add to Staging' }).click()
  await expect(dialog.getByRole('alert')).toContainText(
    'billing-api-dev is already in the billing-api pipeline.',
  )
  await expectNoAxeViolations(page)

  // Typing narrows the list; picking fills the field.
  await field.fill('gate')
  await expect(free.getByRole('radio')).toHaveCount(1)
  await free.getByRole('radio', { name: /mobile-gateway-staging/ }).check()
  await expect(field).toHaveValue('mobile-gateway-staging')
  await dialog.getByRole('button', { name: 'Add to Staging' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    page.getByText('Added mobile-gateway-staging to mobile-gateway as staging'),
  ).toBeVisible()
  await expect(
    column(page, 'staging').getByRole('article', { name: 'mobile-gateway-staging' }),
  ).toBeVisible()
  await expect(card(page, 'mobile-gateway')).toContainText('mobile-gateway-staging')
  expect(await stageInApi(page, 'mobile-gateway', 'mobile-gateway-staging')).toBe('staging')
})

test('remove an app after confirming: it leaves the pipeline and still exists', async ({
  page,
}) => {
  await openBoard(page, 'billing-api')
  await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await page.getByRole('menuitem', { name: 'Remove from pipeline' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove billing-api-eu from the pipeline?' })
  await expect(dialog).toContainText('The app itself keeps running')
  await expectNoAxeViolations(page)

  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  await expect(card(page, 'billing-api-eu')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Actions for billing-api-eu' })).toBeFocused()

  await page.getByRole('button', { name: 'Actions for billing-api-eu' }).click()
  await page.getByRole('menuitem', { name: 'Remove from pipeline' }).click()
  await dialog.getByRole('button', { name: 'Remove from pipeline' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Removed billing-api-eu from billing-api')).toBeVisible()
  await expect(card(page, 'billing-api-eu')).toHaveCount(0)
  // The card is gone, so focus lands on the board's heading rather than nowhere.
  await expect(page.getByRole('heading', { level: 1, name: 'billing-api' })).toBeFocused()
  await expect(column(page, 'production')).toContainText('1 app')
  // billing-api-staging now has one production neighbour left.
  await expect(card(page, 'billing-api-staging')).not.toContainText('billing-api-eu')

  const status = await page.evaluate(async () => {
    const response = await fetch('https://api.heroku.com/apps/billing-api-eu', {
      headers: { Accept: 'application/vnd.heroku+json; version=3' },
    })
    return response.status
  })
  expect(status).toBe(200)
  // And it is free to be added again.
  await page.getByRole('button', { name: 'Add app to Production' }).click()
  await expect(page.getByRole('radio', { name: /billing-api-eu/ })).toBeVisible()
})

test('create a pipeline as the CLI does: name and stage inferred from the first app', async ({
  page,
}) => {
  await page.goto('/')
  const posts = recordWrites(page, 'POST', /^\/pipeline/)
  // Opened by keyboard and closed with Escape, focus is back on the button.
  const newPipeline = page.getByRole('button', { name: 'New pipeline' })
  await newPipeline.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New pipeline' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(newPipeline).toBeFocused()

  await newPipeline.click()
  await expectNoAxeViolations(page)

  const name = dialog.getByRole('textbox', { name: 'Pipeline name' })
  const stage = dialog.getByRole('combobox', { name: 'Stage of the first app' })
  // No stage is offered before there is an app to take it from.
  await expect(stage).toHaveValue('')
  await expect(stage).toHaveText(/^From the first app's name/)
  await dialog.getByRole('radio', { name: /mobile-gateway-staging/ }).check()
  await expect(name).toHaveValue('mobile-gateway')
  await expect(stage).toHaveValue('staging')
  // Heroku allows a second pipeline of the same name: the person is told, not stopped.
  await expect(name).toHaveAccessibleDescription(
    'You already have a pipeline called mobile-gateway. Heroku allows a second one; the CLI then needs its id to tell them apart.',
  )
  await page.screenshot({ path: test.info().outputPath('create-pipeline.png') })

  for (const [typed, message] of [
    ['Gateway', 'Pipeline name must be lowercase.'],
    ['gw', 'Pipeline name is too short: use 3 to 30 characters.'],
    ['9gateway', 'Pipeline name must start with a lowercase letter.'],
    ['gateway_v2', 'Pipeline name may only contain lowercase letters, digits and dashes.'],
  ] as const) {
    await name.fill(typed)
    await dialog.getByRole('button', { name: 'Create pipeline' }).click()
    await expect(name).toHaveAccessibleDescription(message)
  }
  await expectNoAxeViolations(page)
  expect(posts).toEqual([])

  await name.fill('gateway-v2')
  await stage.selectOption('Development')
  await dialog.getByRole('button', { name: 'Create pipeline' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'gateway-v2' })).toBeVisible()
  await expect(page).toHaveURL(/\/pipelines\/[0-9a-f-]{36}$/)
  await expect(
    column(page, 'development').getByRole('article', { name: 'mobile-gateway-staging' }),
  ).toBeVisible()
  await expect(page.getByText('northwind (team)')).toBeVisible()
  expect(posts).toEqual(['/pipelines', '/pipeline-couplings'])

  await page.getByRole('link', { name: 'Pipelines' }).click()
  await expect(page.getByRole('article', { name: 'gateway-v2' })).toContainText('1 app')
})

test('a pipeline whose first app is refused is not left behind empty', async ({ page }) => {
  await page.addInitScript(() => {
    window.__STAGEBOARD_FAULTS__ = [
      {
        method: 'POST',
        url: '/pipeline-couplings$',
        error: { status: 422, id: 'invalid_params', message: 'Stage is locked for this app.' },
      },
    ]
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'New pipeline' }).click()
  const dialog = page.getByRole('dialog', { name: 'New pipeline' })
  await dialog.getByRole('radio', { name: /search-indexer/ }).check()
  await dialog.getByRole('button', { name: 'Create pipeline' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Stage is locked for this app.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(5)
  await expect(page.getByRole('article', { name: 'search-indexer' })).toHaveCount(0)
})

test('rename a pipeline, with bad names refused before any request', async ({ page }) => {
  await openBoard(page, 'billing-api')
  const patches = recordWrites(page, 'PATCH', /^\/pipelines\//)
  await page.getByRole('button', { name: 'Rename' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rename billing-api' })
  const field = dialog.getByRole('textbox', { name: 'New name' })
  await expect(field).toHaveValue('billing-api')
  await expectNoAxeViolations(page)

  await field.fill('Billing API')
  await dialog.getByRole('button', { name: 'Rename pipeline' }).click()
  await expect(field).toHaveAccessibleDescription('Pipeline name must be lowercase.')
  await field.fill('b'.repeat(31))
  await dialog.getByRole('button', { name: 'Rename pipeline' }).click()
  await expect(field).toHaveAccessibleDescription(
    'Pipeline name is too long: use 3 to 30 characters.',
  )
  await field.fill('')
  await dialog.getByRole('button', { name: 'Rename pipeline' }).click()
  await expect(field).toHaveAccessibleDescription('Enter a name for the pipeline.')
  expect(patches).toEqual([])

  await field.fill('billing-platform')
  await field.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-platform' })).toBeVisible()
  await expect(page.getByText('Renamed billing-api to billing-platform')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'billing-platform' })).toBeVisible()
  await page.getByRole('link', { name: 'Pipelines' }).click()
  await expect(page.getByRole('link', { name: 'billing-platform' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toHaveCount(0)
})

test('delete a pipeline by typing its name; its apps stay', async ({ page }) => {
  await openBoard(page, 'storefront')
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete storefront?' })
  const confirm = dialog.getByRole('button', { name: 'Delete pipeline' })
  await expect(dialog).toContainText('The apps themselves are not deleted')
  await expect(confirm).toBeDisabled()
  await expectNoAxeViolations(page)

  const field = dialog.getByRole('textbox', { name: 'Type storefront to confirm' })
  await field.fill('storefron')
  await expect(confirm).toBeDisabled()
  await field.fill('Storefront')
  await expect(confirm).toBeDisabled()
  await field.fill('storefront')
  await confirm.click()

  await expect(page.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible()
  await expect(page.getByText('Deleted storefront')).toBeVisible()
  await expect(page.getByText('Its 3 apps kept running, outside any pipeline.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Pipelines' }).getByRole('listitem')).toHaveCount(4)

  await page.getByRole('button', { name: 'New pipeline' }).click()
  const free = page.getByRole('group', { name: 'Apps not in any pipeline' })
  for (const app of ['storefront-dev', 'storefront-staging', 'storefront-prod']) {
    await expect(free.getByRole('radio', { name: new RegExp(app) })).toBeVisible()
  }
})
