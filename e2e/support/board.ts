import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const STAGE_NAMES: Record<string, string> = {
  development: 'Development',
  review: 'Review',
  staging: 'Staging',
  production: 'Production',
}

/** What the API says, asked from inside the page: each app of the pipeline and its stage. */
export async function couplingsByAppName(page: Page, pipelineName: string) {
  return page.evaluate(async (name) => {
    const headers = { Accept: 'application/vnd.heroku+json; version=3' }
    const api = 'https://api.heroku.com'
    const pipeline = (await (await fetch(`${api}/pipelines/${name}`, { headers })).json()) as {
      id: string
    }
    const couplings = (await (
      await fetch(`${api}/pipelines/${pipeline.id}/pipeline-couplings`, { headers })
    ).json()) as { app: { id: string }; stage: string }[]
    return Promise.all(
      couplings.map(async (coupling) => {
        const app = (await (await fetch(`${api}/apps/${coupling.app.id}`, { headers })).json()) as {
          name: string
        }
        return { name: app.name, stage: coupling.stage }
      }),
    )
  }, pipelineName)
}

export async function stageInApi(page: Page, pipelineName: string, appName: string) {
  const couplings = await couplingsByAppName(page, pipelineName)
  return couplings.find((coupling) => coupling.name === appName)?.stage
}

export async function openBoard(page: Page, name: string) {
  await page.goto('/')
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

export const column = (page: Page, stage: string) =>
  page.getByRole('region', { name: STAGE_NAMES[stage] ?? stage })

export const card = (page: Page, appName: string) =>
  page.getByRole('article', { name: appName, exact: true })

export async function expectNoAxeViolations(page: Page) {
  // What is still fading in (a toast) has colours between two states: axe judges the settled
  // page. A busy machine is still mid-transition where a quiet one has finished.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
}

/** The app's stage as the API says it (`GET /apps/{app}/pipeline-couplings`), asked from the page. */
export function stageOfApp(page: Page, appName: string) {
  return page.evaluate(async (name) => {
    const response = await fetch(
      `https://api.heroku.com/apps/${encodeURIComponent(name)}/pipeline-couplings`,
      { headers: { Accept: 'application/vnd.heroku+json; version=3' } },
    )
    return ((await response.json()) as { stage: string }).stage
  }, appName)
}

/** Drags by the card's grip the way a mouse does: press, nudge past the threshold, travel, release. */
export async function dragByPointer(page: Page, handle: Locator, target: Locator, release = true) {
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('drag handle or target is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10)
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(120, to.height / 2), { steps: 20 })
  if (release) await page.mouse.up()
}

/** dnd-kit's live region: what a screen reader hears during a drag. */
export const announcer = (page: Page) => page.locator('[id^="DndLiveRegion"]')

/** Tab to a card's grip and pick the card up with Space, ready for the arrow keys. */
export async function pickUpByKeyboard(page: Page, appName: string) {
  const handle = page.getByRole('button', { name: `Move ${appName}` })
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(handle).toHaveAttribute('aria-pressed', 'true')
  await expect(announcer(page)).toHaveText(new RegExp(`^Picked up ${appName}\\.`))
  // dnd-kit listens for arrows from the next macrotask after pick-up.
  await page.waitForTimeout(50)
  return handle
}
