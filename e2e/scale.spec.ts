import { expect, test } from '@playwright/test'
import { installProbes, type Probe } from '../bench/in-page'
import { card, column, dragByPointer, expectNoAxeViolations, stageOfApp } from './support/board'

test('the large demo is one switch away, and a board sums each stage up by the code it runs', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'billing-api', exact: true })).toBeVisible()
  await page.getByLabel('Demo data').selectOption('Large: 2,000 apps')
  await expect(page.getByText('200 in your account and teams')).toBeVisible({ timeout: 20_000 })

  await page.getByRole('link', { name: 'atlas', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'atlas' })).toBeVisible()
  await expect(column(page, 'production')).toContainText(
    '10 apps · 2 versions: 9 on 266cd59, 1 on b3870a8',
  )
  // Nine production apps run one commit: a staging card compares itself with them once.
  const staging = card(page, 'atlas-staging-001')
  await expect(staging).toContainText('4 commits ahead of 9 production apps')
  await staging.getByRole('button', { name: /^4 commits ahead of 9 production apps: show/ }).click()
  const panel = page.getByRole('dialog', { name: /^Commits in atlas-staging-001 not yet in/ })
  await expect(panel).toContainText('9 apps on this code')
  await expect(panel.getByText('atlas-c0009')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')

  // Back to the small company, whose data was kept.
  await page.getByLabel('Demo data').selectOption('Small company')
  await expect(page.getByText('5 in your account and teams')).toBeVisible()
})

test('on a 2,000-app board, a card moves by keyboard to the far end of a long column, and focus follows it', async ({
  page,
}) => {
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  await expect(column(page, 'production')).toContainText('1,300 apps · 3 versions', {
    timeout: 20_000,
  })
  // Only what is on screen is rendered: a screenful of cards, not 2,000.
  expect(await page.getByRole('article').count()).toBeLessThan(60)

  const handle = page.getByRole('button', { name: 'Move fleet-dev-01' })
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await page.waitForTimeout(50)
  // Three quick presses, as a person who knows the board makes them, and the drop at once.
  for (const _ of ['review', 'staging', 'production']) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText(
    'Dropped fleet-dev-01 in Production. Asking Heroku to move it.',
  )

  // By name it sorts after the 1,300 customer apps: the column scrolls to it, and focus is on it.
  const moved = column(page, 'production').getByRole('article', { name: 'fleet-dev-01' })
  await expect(moved).toBeInViewport()
  await expect(moved.getByRole('button', { name: 'Move fleet-dev-01' })).toBeFocused()
  await expect(column(page, 'production')).toContainText('1,301 apps')
  await expect(column(page, 'development')).toContainText('49 apps')
  await expect.poll(() => stageOfApp(page, 'fleet-dev-01')).toBe('production')
})

/** One frame of a board opening: cards rendered, those below the screen, columns waiting for one. */
interface OpeningFrame {
  cards: number
  below: number
  gaps: number
}
type RecordingPage = { __frames: OpeningFrame[]; __bench: Probe }

test('a 2,000-app board paints the cards on screen first, the ones just below a frame later, and Tab goes on to them', async ({
  page,
}) => {
  // The bench's probes: which columns on screen still wait for a card.
  await page.addInitScript(installProbes)
  await page.goto('/?scenario=large')
  const link = page.getByRole('link', { name: 'fleet', exact: true })
  await expect(link).toBeVisible({ timeout: 20_000 })
  // Each frame from the click on, until cards show: how many are rendered, how many of those are
  // below the screen, and whether any stretch of a column on screen has no card yet.
  await page.evaluate(() => {
    const frames: OpeningFrame[] = []
    Object.assign(window, { __frames: frames })
    const record = () => {
      const cards = [...document.querySelectorAll('main article[aria-labelledby^="app-"]')]
      if (cards.length === 0) return void requestAnimationFrame(record)
      frames.push({
        cards: cards.length,
        below: cards.filter((card) => card.getBoundingClientRect().top >= innerHeight).length,
        gaps: (window as unknown as RecordingPage).__bench.columnsWaiting(),
      })
      if (frames.length < 30) requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  })
  await link.click()
  await expect(column(page, 'production')).toContainText('1,300 apps', { timeout: 20_000 })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as RecordingPage).__frames.length))
    .toBe(30)
  const frames = await page.evaluate(() => (window as unknown as RecordingPage).__frames)
  const [first] = frames
  // The first frame: no column on screen waits for a card, and the cards below are yet to come.
  expect(first?.gaps).toBe(0)
  const last = frames.at(-1)
  expect(last?.below).toBeGreaterThan(first?.below ?? 0)
  expect(last?.cards).toBeGreaterThan(first?.cards ?? 0)

  // Tab from the last card on screen of a column goes on to the next one, below the screen.
  const production = column(page, 'production')
  const lastOnScreen = await production.evaluate((list) => {
    const rows = [...list.querySelectorAll<HTMLElement>('li[data-index]')]
    const onScreen = rows.filter((row) => row.getBoundingClientRect().top < innerHeight)
    const last = onScreen.at(-1)
    const focusable = [
      ...(last?.querySelectorAll<HTMLElement>(
        'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ) ?? []),
    ].filter((element) => element.getClientRects().length > 0)
    focusable.at(-1)?.focus({ preventScroll: true })
    return Number(last?.dataset.index)
  })
  const next = production.locator(`li[data-index="${lastOnScreen + 1}"]`)
  expect(await next.evaluate((row) => row.getBoundingClientRect().top)).toBeGreaterThanOrEqual(
    await page.evaluate(() => innerHeight),
  )
  await page.keyboard.press('Tab')
  await expect(next.locator(':focus')).toHaveCount(1)
})

test('the filter narrows a 2,000-app board by name, commit or status, and is kept in the address', async ({
  page,
}) => {
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  const filter = page.getByRole('searchbox', { name: 'Filter apps' })
  await filter.fill('failed')
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    'Showing 10 of 2,000 apps',
  )
  await expect(column(page, 'production')).toContainText('10 shown')
  await expect(column(page, 'development')).toContainText(
    'No app in Development matches the filter.',
  )
  await expect(page).toHaveURL(/[?&]q=failed/)

  // A card found by the filter can be dragged like any other.
  await filter.fill('fleet-c0008')
  const found = column(page, 'production').getByRole('article', { name: 'fleet-c0008' })
  await expect(found).toContainText('release command failed')
  await dragByPointer(
    page,
    page.getByRole('button', { name: 'Move fleet-c0008' }),
    column(page, 'staging'),
  )
  await expect(column(page, 'staging').getByRole('article', { name: 'fleet-c0008' })).toBeVisible()
  await expect.poll(() => stageOfApp(page, 'fleet-c0008')).toBe('staging')

  // The filter is in the address: a reload (or a shared link) shows the same one card.
  await page.reload()
  await expect(filter).toHaveValue('fleet-c0008')
  await expect(page.getByRole('article', { name: 'fleet-c0008' })).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(1)
  await filter.fill('266cd59')
  await expect(column(page, 'production')).toContainText('1,252 shown')
})

test('the drift filter finds the 2,000-app board’s apps behind a neighbour, with a compare per pair of commits', async ({
  page,
}) => {
  const compares: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/compare/')) compares.push(request.url())
  })
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  await expect(card(page, 'fleet-c0001')).toBeVisible()

  // Chosen by keyboard: the first choice after Any.
  const drift = page.getByRole('combobox', { name: 'Drift' })
  await drift.focus()
  await page.keyboard.press('ArrowDown')
  await expect(drift).toHaveValue('behind')
  await expect(page).toHaveURL(/[?&]drift=behind/)
  const status = page.getByRole('status').filter({ hasText: 'Showing' })
  // Every production app runs older code than staging's, and every staging app older code than
  // some of development's: all 1,800 are found, not only those on screen.
  await expect(status).toHaveText('Showing 1,800 of 2,000 apps')
  await expect(column(page, 'production')).toContainText('1,300 shown')
  await expect(column(page, 'staging')).toContainText('500 shown')
  const found = column(page, 'production').getByRole('article').first()
  await expect(found).toContainText(/commits? behind/)
  await expect(column(page, 'staging').getByRole('article').first()).toContainText(
    /commits? behind/,
  )

  // A handful of distinct commits per stage: a few compares, never one per app.
  expect(new Set(compares).size).toBe(compares.length)
  expect(compares.length).toBeLessThan(40)
  await expectNoAxeViolations(page)

  // The link shares the view.
  await page.reload()
  await expect(drift).toHaveValue('behind')
  await expect(status).toHaveText('Showing 1,800 of 2,000 apps')
  await drift.selectOption({ label: 'Any' })
  await expect(status).toHaveCount(0)
  await expect(column(page, 'production')).not.toContainText('shown')
  await expect(page).not.toHaveURL(/drift=/)
})

test('promote to 500 staging apps: grouped by what they receive, chosen per group, followed by counts at one poll a second', async ({
  page,
}) => {
  // 500 releases made a moment apart, each followed to the end: about 18 s on a quiet 2-core
  // machine, over 30 s on a busy one. The time limit is for a hang, not for the machine's load.
  test.setTimeout(60_000)
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  await card(page, 'fleet-dev-02').getByRole('button', { name: 'Promote…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Promote fleet-dev-02' })
  const promote = (count: string) => dialog.getByRole('button', { name: `Promote to ${count}` })
  await expect(promote('500 apps')).toBeEnabled()

  // Three groups, each told once what it receives; a screenful of rows, not 500.
  const big = dialog.getByRole('checkbox', { name: '470 apps on 007b0e4' })
  await expect(big).toHaveAccessibleDescription('2 new commits')
  const middle = dialog.getByRole('checkbox', { name: '25 apps on b3870a8' })
  await expect(middle).toHaveAccessibleDescription('4 new commits')
  const small = dialog.getByRole('checkbox', { name: '5 apps on 76cf08e' })
  expect(await dialog.getByRole('checkbox').count()).toBeLessThan(40)

  // None of a group, then some of another: its checkbox is neither checked nor clear.
  await big.uncheck()
  await expect(promote('30 apps')).toBeVisible()
  await dialog.getByRole('button', { name: 'Show the 25 apps on b3870a8' }).click()
  const firstOfMiddle = dialog.getByRole('checkbox', { name: /^fleet-staging-\d+$/ }).first()
  await firstOfMiddle.uncheck()
  await expect(middle).toHaveJSProperty('indeterminate', true)
  await expect(promote('29 apps')).toBeVisible()
  // Its checkbox then takes the whole group back, and again leaves it out.
  await middle.check()
  await expect(promote('30 apps')).toBeVisible()
  await middle.uncheck()
  await expect(promote('5 apps')).toBeVisible()

  // The filter narrows the list, by name or commit, and opens the groups it finds apps in.
  await dialog.getByRole('searchbox', { name: 'Filter targets by name or commit' }).fill('76cf08e')
  await expect(small).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: /^fleet-staging-\d+$/ })).toHaveCount(5)
  await expect(big).toHaveCount(0)
  await expectNoAxeViolations(page)
  // Chosen apps the filter hides are still promoted, and the dialog says so.
  const filterBox = dialog.getByRole('searchbox', { name: 'Filter targets by name or commit' })
  await filterBox.fill('fleet-staging-500')
  await expect(dialog.getByRole('checkbox', { name: /^fleet-staging-\d+$/ })).toHaveCount(1)
  await expect(dialog).toContainText('4 chosen apps are not shown above; promoting includes them.')
  await filterBox.fill('76cf08e')
  await expect(dialog).not.toContainText('not shown above')

  // Following it: one request a second for the targets, none per target.
  const seen: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.host === 'api.heroku.com' && request.method() === 'GET') seen.push(url.pathname)
  })
  const started = Date.now()
  await promote('5 apps').click()
  const progress = page.getByRole('dialog', { name: 'Promotion from fleet-dev-02' })
  await expect(progress.getByText(/^\d+ succeeded · 0 failed · \d+ waiting$/)).toBeVisible()
  await expect(progress.getByRole('status')).toHaveText('Promoted to 5 apps', { timeout: 30_000 })
  const seconds = (Date.now() - started) / 1000
  const polls = seen.filter((path) => path.endsWith('/promotion-targets')).length
  expect(polls).toBeLessThanOrEqual(Math.ceil(seconds) + 1)
  expect(seen.filter((path) => /^\/pipeline-promotions\/[^/]+$/.test(path))).toHaveLength(1)
  expect(seen.filter((path) => /^\/apps\/[^/]+\/releases\/[^/]+$/.test(path))).toEqual([])
  await expect(progress.getByText('5 succeeded · 0 failed · 0 waiting')).toBeVisible()
})

test("a board opened from the pipelines page shows its cards from the page's lists, waiting for its newest releases alone", async ({
  page,
}) => {
  // Newest first, fleet is the last of 200: the list is scrolled down to it when it is clicked.
  await page.goto('/?scenario=large&sort=newest')
  const fleet = page.getByRole('article', { name: 'fleet', exact: true })
  // Counted: the couplings the board starts from have been read.
  await expect(fleet).toContainText('2,000 apps', { timeout: 20_000 })

  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.host === 'api.heroku.com') asked.push(url.pathname.replace(/[0-9a-f-]{36}/g, ':id'))
  })
  const link = fleet.getByRole('link', { name: 'fleet', exact: true })
  await link.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
  await link.click()
  // Every stage's count comes from the couplings the pipelines page read a moment ago.
  await expect(column(page, 'production')).toContainText('1,300 apps', { timeout: 20_000 })
  await expect(column(page, 'staging')).toContainText('500 apps')
  await expect(card(page, 'fleet-c0001').getByText(/^v\d+$/)).toBeVisible()
  const askedByCards = [...asked]
  expect(askedByCards).toContain('/pipelines/:id/latest-releases')
  expect(askedByCards).not.toContain('/pipelines/:id')
  expect(askedByCards).not.toContain('/pipelines/:id/pipeline-couplings')

  // The board opens at its top, its first cards in place one under the other.
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  const cards = column(page, 'production').getByRole('article')
  await expect(cards.first()).toBeInViewport()
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()]
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height)
})

test('a reload of a seen 2,000-app board asks for the pipeline and its four changing lists only', async ({
  page,
}) => {
  let lastRequest = Date.now()
  page.on('request', () => {
    lastRequest = Date.now()
  })
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  await expect(card(page, 'fleet-c0001')).toContainText('4 commits behind 470 staging apps', {
    timeout: 20_000,
  })
  // Once every card in view has what it shows (no request for a second and a half), answers are
  // kept a moment later; a person takes longer than that to reload.
  await expect.poll(() => Date.now() - lastRequest, { timeout: 30_000 }).toBeGreaterThan(1500)
  await page.waitForTimeout(1500)

  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (/heroku\.com|github\.com/.test(url.host)) asked.push(`${url.host} ${url.pathname}`)
  })
  await page.reload()
  await expect(card(page, 'fleet-c0001')).toContainText('4 commits behind 470 staging apps')
  await expect(card(page, 'fleet-c0001')).toContainText('web 3 × Standard-1X')
  await page.waitForTimeout(1500)
  const paths = asked.map((request) => request.replace(/[0-9a-f-]{36}/g, ':id'))
  // The pipeline and the four lists that change are asked again, and nothing else of what the
  // first visit read: slugs, compares, repositories, apps and running releases come from the
  // kept answers.
  const lists = [
    'api.heroku.com /pipelines/:id',
    'api.heroku.com /pipelines/:id/latest-releases',
    'api.heroku.com /pipelines/:id/pipeline-couplings',
    'api.heroku.com /pipelines/:id/review-apps',
    'api.heroku.com /pipelines/:id/stage/test/config-vars',
  ]
  expect(paths.filter((path) => lists.includes(path)).sort()).toEqual(lists)
  // A card the first visit never mounted (the columns render what is in view, and a reload may
  // lay them out a little differently) reads its dynos once: a formation, never anything else.
  const others = paths.filter((path) => !lists.includes(path))
  const isFormation = (path: string) => path === 'api.heroku.com /apps/:id/formation'
  expect(others.filter((path) => !isFormation(path))).toEqual([])
  expect(others.filter(isFormation).length).toBeLessThanOrEqual(1)
})

test("the activity of a 2,000-app pipeline reads each app's newest release from the board's one list, and one app's whole history when chosen", async ({
  page,
}) => {
  await page.goto('/?scenario=large')
  await page.getByRole('link', { name: 'fleet', exact: true }).click()
  await expect(card(page, 'fleet-c0001')).toContainText('4 commits behind 470 staging apps', {
    timeout: 20_000,
  })
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (/heroku\.com|github\.com/.test(url.host))
      asked.push(`${url.host} ${url.pathname}`.replace(/[0-9a-f-]{36}/g, ':id'))
  })
  await page.getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByText("With 2,000 apps, each app's newest release is shown.")).toBeVisible()
  const entries = page.getByRole('list', { name: 'Activity' }).getByRole('listitem')
  await expect(entries).toHaveCount(30)
  // What the board had read is read again at most: no request per app.
  expect(asked.filter((path) => path.includes('/apps/'))).toEqual([])
  expect(asked.length).toBeLessThanOrEqual(5)

  await page.getByRole('combobox', { name: 'App' }).selectOption('fleet-c0001')
  await expect(page).toHaveURL(/app=fleet-c0001/)
  await expect(entries.first()).toContainText('fleet-c0001')
  expect(asked.filter((path) => path.includes('/apps/'))).toEqual([
    'api.heroku.com /apps/:id/releases',
  ])
  await expectNoAxeViolations(page)
})
