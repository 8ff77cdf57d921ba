import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

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
