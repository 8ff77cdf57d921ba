import { screen, waitFor, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { currentRelease, releaseSlug } from '../../../mocks/platform/releases'
import { appIdOf } from '@/test/demo-ids'
import { mockApi } from '@/test/mock-api'
import { renderApp } from '@/test/render'

it("shows a running release command's output as it comes, then how the release ended", async () => {
  const { platform } = mockApi.backend
  // billing-api gets staging's code: its release command runs a migration for a few seconds.
  const release = releaseSlug(platform, 'billing-api', {
    slug: currentRelease(platform, appIdOf('billing-api-staging'))?.slugId,
  })
  renderApp(`/apps/${appIdOf('billing-api')}`)

  // A running release's log is open from the start.
  const log = await screen.findByRole('log', { name: `Release log of v${release.version}` })
  await waitFor(() => expect(log).toHaveTextContent('> billing-api@1.0.0 db:migrate'))
  expect(log).not.toHaveTextContent('All migrations ran.')
  expect(screen.getByText('Release command running…')).toBeVisible()
  const row = screen.getByRole('row', { name: new RegExp(`^v${release.version}\\b`) })
  expect(row).toHaveTextContent('release command executing')

  await waitFor(() => expect(log).toHaveTextContent('All migrations ran.'))
  expect(screen.queryByText('Release command running…')).toBeNull()
  // The log's end reads the release again: it has succeeded, without a reload.
  await waitFor(() => expect(row).not.toHaveTextContent('release command executing'))
  expect(row).toHaveTextContent('succeeded')
  expect(within(row).getByRole('button', { name: 'Release log' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
})
