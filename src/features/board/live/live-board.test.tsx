import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { appIdOf, pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

/** Someone else (the CLI, a teammate) moves an app, straight through the API. */
async function moveElsewhere(appName: string, stage: string) {
  const appId = appIdOf(appName)
  const coupling = Object.values(mockApi.backend.platform.state.couplings).find(
    (c) => c.appId === appId,
  )
  const response = await fetch(`https://api.heroku.com/pipeline-couplings/${coupling?.id}`, {
    method: 'PATCH',
    headers: {
      Accept: 'application/vnd.heroku+json; version=3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ stage }),
  })
  expect(response.status).toBe(200)
}

it('reads the board again on request, and a card moved elsewhere says so', async () => {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const development = await screen.findByRole('region', { name: 'Development' })
  expect(await within(development).findByRole('article', { name: 'billing-api-dev' })).toBeVisible()
  expect(screen.getByText('Updated just now')).toBeInTheDocument()

  await moveElsewhere('billing-api-dev', 'staging')
  // Nothing shows it until the board reads again.
  expect(within(development).getByRole('article', { name: 'billing-api-dev' })).toBeVisible()

  await user.click(screen.getByRole('button', { name: 'Refresh the board' }))
  const staging = screen.getByRole('region', { name: 'Staging' })
  const moved = await within(staging).findByRole('article', { name: 'billing-api-dev' })
  expect(within(moved).getByText('Moved here from Development')).toBeInTheDocument()
  expect(await screen.findByText(/^Board updated at /)).toBeInTheDocument()
  expect(
    screen
      .getAllByRole('status')
      .some((region) =>
        region.textContent?.includes('billing-api-dev: Moved here from Development.'),
      ),
  ).toBe(true)
})

it("makes no news of the tab's own move", async () => {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  await user.click(await screen.findByRole('button', { name: 'Actions for billing-api-dev' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Move to Staging' }))
  const staging = screen.getByRole('region', { name: 'Staging' })
  const moved = await within(staging).findByRole('article', { name: 'billing-api-dev' })
  expect(await screen.findByText('Moved billing-api-dev to Staging')).toBeInTheDocument()

  // Its answer and the refetch that follows find nothing new: no note on the card.
  await user.click(screen.getByRole('button', { name: 'Refresh the board' }))
  expect(await screen.findByText(/^Board updated at /)).toBeInTheDocument()
  expect(within(moved).queryByText(/^Moved here/)).toBeNull()
})
