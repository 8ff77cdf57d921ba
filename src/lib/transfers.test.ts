import { describe, expect, it } from 'vitest'
import type { Account, Team } from '@/api/account'
import { transferProblem, transferTarget } from './transfers'

const account = { id: 'u1', email: 'ada@northwind.dev', name: 'Ada' }
const teams = [{ id: 't1', name: 'northwind' }]

describe('giving an app to the pipeline’s owner', () => {
  const context = {
    teams: teams as Team[],
    account: account as Account,
    emailOf: () => undefined,
  }

  it('names a team by its name, a person by email, and nobody it cannot name', () => {
    expect(transferTarget({ id: 't1', type: 'team' }, context)).toEqual({
      owner: 'northwind',
      label: 'northwind (team)',
      kind: 'team',
    })
    expect(transferTarget({ id: 'u1', type: 'user' }, context)).toMatchObject({
      owner: 'ada@northwind.dev',
      kind: 'user',
    })
    expect(transferTarget({ id: 'u2', type: 'user' }, context)).toBeNull()
    expect(transferTarget(null, context)).toBeNull()
  })

  it("says that a person's app given to another person needs their consent", () => {
    const person = transferTarget({ id: 'u1', type: 'user' }, context)!
    expect(
      transferProblem({ name: 'shop-dev', owner: { email: 'marcus@northwind.dev' } }, person),
    ).toBe(
      "shop-dev is marcus@northwind.dev's own app: marcus@northwind.dev can start its transfer with heroku apps:transfer ada@northwind.dev -a shop-dev, and Heroku then asks ada@northwind.dev to accept it.",
    )
    const teamApp = { name: 'shop', owner: { email: 'northwind@herokumanager.com' } }
    expect(transferProblem(teamApp, person)).toBeNull()
  })
})
