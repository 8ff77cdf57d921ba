import type { DemoBackend } from './demo-backend'
import { HeaderSelect } from './header-select'

/**
 * Who the demo acts as: its admin, a member or a viewer. Each may do on the board what Heroku
 * would let them; switching reloads the dashboard as that person.
 */
export function AccountSwitch({ demo, email }: { demo: DemoBackend; email: string | undefined }) {
  const accounts = demo.accounts()
  const current = accounts.find((account) => account.email === email)
  // Its room is kept until the person is known: the header must not wrap late on a phone.
  if (accounts.length >= 2 && email === undefined) return <AccountSwitchRoom />
  // A saved demo from before it had people has only its own account: nothing to switch to.
  if (accounts.length < 2 || !current) {
    return email ? (
      <span className="hidden text-violet-100 sm:inline" title="Signed in as">
        {email}
      </span>
    ) : null
  }
  return (
    <HeaderSelect
      label="Acting as"
      value={current.key}
      onChange={(event) => demo.switchAccount(event.target.value)}
      className="w-48"
    >
      {accounts.map((account) => (
        <option key={account.key} value={account.key}>
          {account.name}
          {account.roles ? ` (${account.roles})` : ''}
        </option>
      ))}
    </HeaderSelect>
  )
}

/** The switch's size, held while it loads: a fixed width, wide enough for every name it lists. */
function AccountSwitchRoom() {
  return <span aria-hidden="true" className="h-8 w-48" />
}
