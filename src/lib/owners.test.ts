import { describe, expect, it } from 'vitest'
import { appOwnerLabel, describeOwner } from './owners'

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
