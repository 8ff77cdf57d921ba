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

it('shows the exact time on hover, not on a press, and Escape puts it away', async () => {
  const user = userEvent.setup()
  const iso = new Date(Date.now() - 3 * 60 * 60_000).toISOString()
  render(<RelativeTime iso={iso} />)
  const time = screen.getByText('3 hours ago')

  await user.hover(time)
  const tip = await screen.findByRole('tooltip')
  expect(tip).toHaveTextContent(exactTime(iso))
  expect(time).toHaveAccessibleDescription(exactTime(iso))
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('tooltip')).toBeNull()
  expect(time).not.toHaveAttribute('aria-describedby')
  await user.unhover(time)

  // A press (a tap, a click to focus it) is not a request for the tip.
  await user.pointer({ keys: '[MouseLeft]', target: time })
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(screen.queryByRole('tooltip')).toBeNull()
})
