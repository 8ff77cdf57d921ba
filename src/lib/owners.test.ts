import { describe, expect, it } from 'vitest'
import type { Account, Team } from '@/api/account'
import { appOwnerLabel, describeOwner, transferProblem, transferTarget } from './owners'

const account = { id: 'u1', email: 'ada@northwind.dev', name: 'Ada' }
const teams = [{ id: 't1', name: 'northwind' }]

describe('describeOwner', () => {
  it('names a team, the signed-in user, another user, and a legacy pipeline', () => {
    const users = new Map([['u2', { id: 'u2', email: 'marcus@northwind.dev', name: null }]])
    const context = { teams, account, users }
    expect(describeOwner({ id: 't1', type: 'team' }, context)).toEqual({
      kind: 'team',
      label: 'northwind (team)',
    })
    expect(describeOwner({ id: 'u1', type: 'user' }, context).label).toBe('ada@northwind.dev')
    expect(describeOwner({ id: 'u2', type: 'user' }, context).label).toBe('marcus@northwind.dev')
    expect(describeOwner(null, context)).toEqual({
      kind: 'legacy',
      label: 'No owner (legacy pipeline)',
    })
  })

  it('has no label while the owner is still being looked up', () => {
    const context = { teams: undefined, account: undefined, users: new Map() }
    expect(describeOwner({ id: 't1', type: 'team' }, context).label).toBeNull()
    expect(describeOwner({ id: 'u9', type: 'user' }, context).label).toBeNull()
  })
})

it('shows team-owned apps as the team', () => {
  expect(appOwnerLabel('northwind@herokumanager.com')).toBe('northwind (team)')
  expect(appOwnerLabel('ada@northwind.dev')).toBe('ada@northwind.dev')
})

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
