import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { appIdOf } from '@/test/demo-ids'
import { recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()

it("shows each release's commit and its message, one request per slug", async () => {
  renderApp(`/apps/${appIdOf('billing-api-staging')}`)
  const row = (await screen.findByRole('rowheader', { name: /^v23/ })).closest('tr')
  expect(row).not.toBeNull()
  expect(await within(row!).findByText('Fix off-by-one in trial end date')).toBeVisible()
  expect(within(row!).getByText('84fd456')).toBeVisible()
  const slugReads = requests.filter((request) => /\/slugs\//.test(request.url)).map((r) => r.url)
  expect(new Set(slugReads).size).toBe(slugReads.length)
})
