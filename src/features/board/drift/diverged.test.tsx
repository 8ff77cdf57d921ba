import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { renderApp } from '@/test/render'

it('lists both sides of a divergence: what each app runs that the other does not', async () => {
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const card = await screen.findByRole('article', { name: 'billing-api-dev' })
  await userEvent.click(
    await within(card).findByRole('button', {
      name: 'Diverged from billing-api-staging: 2 ahead, 5 behind: show commits',
    }),
  )
  // Development is upstream: first what it has that staging lacks, then the other way round.
  const panel = await screen.findByRole('dialog', {
    name: 'Commits in billing-api-dev not yet in billing-api-staging',
  })
  expect(
    within(panel).getByRole('heading', {
      name: '2 commits in billing-api-dev not yet in billing-api-staging',
    }),
  ).toBeVisible()
  expect(within(panel).getByText('Meter API calls per customer')).toBeVisible()
  const other = within(panel).getByRole('heading', {
    name: '5 commits in billing-api-staging not in billing-api-dev',
  })
  const otherSide = other.closest('section')!
  expect(await within(otherSide).findAllByRole('listitem')).toHaveLength(5)
  expect(within(otherSide).getByText('Fix off-by-one in trial end date')).toBeVisible()
})
