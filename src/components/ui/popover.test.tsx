import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { PopoverButton } from './popover'

function Line() {
  return (
    <>
      <PopoverButton panel={{ 'aria-label': 'Commits', children: <p>Fix the trial end date</p> }}>
        4 commits ahead
      </PopoverButton>
      <button type="button">Elsewhere</button>
    </>
  )
}

it('opens its panel on a click and closes it on a second, saying so to assistive technology', async () => {
  const user = userEvent.setup()
  render(<Line />)
  const button = screen.getByRole('button', { name: '4 commits ahead' })
  expect(button).toHaveAttribute('aria-expanded', 'false')
  expect(button).toHaveAttribute('aria-haspopup', 'dialog')
  expect(screen.queryByRole('dialog')).toBeNull()

  await user.click(button)
  const panel = await screen.findByRole('dialog', { name: 'Commits' })
  expect(panel).toHaveTextContent('Fix the trial end date')
  expect(button).toHaveAttribute('aria-expanded', 'true')
  expect(button).toHaveAttribute('aria-controls', panel.id)

  await user.click(button)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(button).toHaveAttribute('aria-expanded', 'false')
})

it('gives focus back to its button on Escape, and opens again by keyboard', async () => {
  const user = userEvent.setup()
  render(<Line />)
  const button = screen.getByRole('button', { name: '4 commits ahead' })
  await user.tab()
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('dialog', { name: 'Commits' })).toBeInTheDocument()

  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(button).toHaveFocus()

  await user.keyboard(' ')
  expect(await screen.findByRole('dialog', { name: 'Commits' })).toBeInTheDocument()
})

it('closes without taking focus back when the user clicks elsewhere', async () => {
  const user = userEvent.setup()
  render(<Line />)
  await user.click(screen.getByRole('button', { name: '4 commits ahead' }))
  expect(await screen.findByRole('dialog', { name: 'Commits' })).toBeInTheDocument()

  const elsewhere = screen.getByRole('button', { name: 'Elsewhere' })
  await user.click(elsewhere)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(elsewhere).toHaveFocus()
})
