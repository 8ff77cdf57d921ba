import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import type { AppCode } from '@/lib/drift'
import { DriftList, type NeighbourStage } from './drift-list'

const commit = 'a'.repeat(40)
const subject = {
  appId: 'app-1',
  name: 'fleet-dev',
  stage: 'development' as const,
  code: { status: 'ready', commit, repo: 'northwind/fleet' } as AppCode,
}

/** Five staging versions: the first runs the subject's commit, the others are not on GitHub. */
const staging: NeighbourStage = {
  stage: 'staging',
  signature: 'five',
  groups: [1, 2, 3, 4, 5].map((n) => ({
    key: `group-${n}`,
    stage: 'staging',
    names: [`fleet-staging-${n}`],
    code: n === 1 ? subject.code : { status: 'no-repo', commit: String(n).repeat(40) },
  })),
}

it('shows three versions of a neighbouring stage, and the rest once asked for', async () => {
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DriftList subject={subject} neighbours={[staging]} />
    </QueryClientProvider>,
  )
  const list = screen.getByRole('list', { name: 'Drift of fleet-dev' })
  expect(within(list).getByText('Up to date with fleet-staging-1')).toBeInTheDocument()
  expect(within(list).getByText(/^Not compared with fleet-staging-3/)).toBeInTheDocument()
  // The lines past the third are not rendered (nor compared) while folded away.
  expect(within(list).queryByText(/fleet-staging-4/)).toBeNull()

  await user.click(within(list).getByText('2 more staging apps on 2 other versions'))
  expect(within(list).getByText(/^Not compared with fleet-staging-4/)).toBeInTheDocument()
  expect(within(list).getByText(/^Not compared with fleet-staging-5/)).toBeInTheDocument()
})
