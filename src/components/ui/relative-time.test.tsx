import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { exactTime } from '@/lib/format'
import { RelativeTime } from './relative-time'

it('says how long ago, and the exact time once focused', async () => {
  const iso = new Date(Date.now() - 3 * 60 * 60_000).toISOString()
  render(<RelativeTime iso={iso} />)
  expect(screen.getByText('3 hours ago')).toBeInTheDocument()
  expect(screen.queryByRole('tooltip')).toBeNull()

  await userEvent.tab()
  expect(await screen.findByRole('tooltip')).toHaveTextContent(exactTime(iso))
})
