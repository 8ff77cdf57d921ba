import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it, vi } from 'vitest'
import { DropdownMenuContent, DropdownMenuItem, MenuButton } from './dropdown-menu'

function CardMenu({ onMove }: { onMove: () => void }) {
  return (
    <MenuButton button={<button type="button" id="actions-shop" aria-label="Actions for shop" />}>
      <DropdownMenuContent aria-label="Actions for shop">
        <DropdownMenuItem onSelect={onMove}>Move to Staging</DropdownMenuItem>
        <DropdownMenuItem>Roll back…</DropdownMenuItem>
      </DropdownMenuContent>
    </MenuButton>
  )
}

it('is a plain menu button until pressed, then opens its menu at the first press', async () => {
  const user = userEvent.setup()
  const onMove = vi.fn()
  render(<CardMenu onMove={onMove} />)
  const button = screen.getByRole('button', { name: 'Actions for shop' })
  expect(button).toHaveAttribute('aria-haspopup', 'menu')
  expect(button).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('menu')).toBeNull()

  await user.click(button)
  const menu = await screen.findByRole('menu', { name: 'Actions for shop' })
  expect(screen.getByRole('button', { name: 'Actions for shop' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await user.click(screen.getByRole('menuitem', { name: 'Move to Staging' }))
  expect(onMove).toHaveBeenCalledOnce()
  expect(menu).not.toBeInTheDocument()
})

it('opened by keyboard, focuses its first item, and gives focus back on Escape', async () => {
  const user = userEvent.setup()
  render(<CardMenu onMove={() => {}} />)
  await user.tab()
  expect(screen.getByRole('button', { name: 'Actions for shop' })).toHaveFocus()

  await user.keyboard('{Enter}')
  expect(await screen.findByRole('menuitem', { name: 'Move to Staging' })).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('menuitem', { name: 'Roll back…' })).toHaveFocus()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('menu')).toBeNull()
  // Radix's own button now, the same to a person: name, place and focus.
  expect(screen.getByRole('button', { name: 'Actions for shop' })).toHaveFocus()

  // Later openings are Radix's, first item focused too.
  await user.keyboard('{ArrowDown}')
  expect(await screen.findByRole('menuitem', { name: 'Move to Staging' })).toHaveFocus()
})
