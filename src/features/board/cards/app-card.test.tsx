import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { appIdOf, pipelineIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const card = (name: string) => screen.findByRole('article', { name })

it('shows a failed release phase, the release still running, and maintenance', async () => {
  renderApp(`/pipelines/${pipelineIdOf('storefront')}`)
  const staging = await card('storefront-staging')
  expect(await within(staging).findByText('release command failed')).toBeInTheDocument()
  expect(await within(staging).findByText(/still running v\d+/)).toBeInTheDocument()
  expect(within(staging).getByText('Maintenance')).toBeInTheDocument()
  expect(await within(staging).findByText('web 1 × Standard-1X')).toBeInTheDocument()
})

it('says when an app has no release yet, and why its neighbour cannot be compared', async () => {
  renderApp(`/pipelines/${pipelineIdOf('marketing-site')}`)
  const staging = await card('marketing-site-staging')
  expect(within(staging).getByText('No release yet')).toBeInTheDocument()
  const production = await card('marketing-site')
  expect(
    await within(production).findByText(
      'Not compared with marketing-site-staging: marketing-site-staging has no succeeded release',
    ),
  ).toBeInTheDocument()
})

it('names an app that is not connected to GitHub', async () => {
  renderApp(`/pipelines/${pipelineIdOf('legacy-reports')}`)
  const staging = await card('reports-staging')
  expect(
    await within(staging).findByText(
      'Not compared with reports-worker: reports-worker is not connected to GitHub',
    ),
  ).toBeInTheDocument()
  expect(screen.getByText('No owner (legacy pipeline)')).toBeInTheDocument()
})

it('keeps the board when one card’s data fails, and shows that card’s error', async () => {
  const eu = appIdOf('billing-api-eu')
  mockApi.server.use(
    http.get(`https://api.heroku.com/apps/${eu}/formation`, () =>
      HttpResponse.json(
        { id: 'service_unavailable', message: 'Formation is resting.' },
        { status: 503 },
      ),
    ),
  )
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  const euCard = await card('billing-api-eu')
  expect(
    await within(euCard).findByText('Dynos unavailable: Formation is resting.'),
  ).toBeInTheDocument()
  const us = await card('billing-api')
  expect(
    await within(us).findByText('web 4 × Standard-2X · worker 2 × Standard-1X'),
  ).toBeInTheDocument()
  expect(await within(us).findByText('4 commits behind billing-api-staging')).toBeInTheDocument()
})

it('warns about apps whose owner is not the pipeline owner, naming them', async () => {
  renderApp(`/pipelines/${pipelineIdOf('storefront')}`)
  const note = await screen.findByRole('note')
  expect(note).toHaveTextContent('Some apps in this pipeline do not belong to northwind (team)')
  expect(note).toHaveTextContent('storefront-dev (marcus@northwind.dev)')
})
