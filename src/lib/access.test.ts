import { describe, expect, it } from 'vitest'
import {
  accessBlocker,
  accessFromRecord,
  accessOf,
  NEEDED,
  pipelineBlocker,
  planAccess,
  UNKNOWN,
} from './access'

const ME = 'user-me'
const TEAMS = [
  { id: 't1', name: 'northwind', role: 'admin' },
  { id: 't2', name: 'acme', role: 'member' },
  { id: 't3', name: 'globex', role: 'viewer' },
]
const teamApp = (team: string) => ({
  name: `${team}-api`,
  owner: { id: 'team' },
  team: { name: team },
})
const personal = (owner: string) => ({ name: 'scratch', owner: { id: owner }, team: null })

describe('what the board knows before asking', () => {
  it('settles a team admin and the owner of a personal app: everything', () => {
    for (const app of [teamApp('northwind'), personal(ME)]) {
      const plan = planAccess(app, ME, TEAMS)
      expect(plan).toEqual({
        kind: 'settled',
        access: { permissions: ['view', 'deploy', 'operate', 'manage'] },
      })
    }
  })

  it('settles a viewer: view only, and says which team', () => {
    expect(planAccess(teamApp('globex'), ME, TEAMS)).toEqual({
      kind: 'settled',
      access: { permissions: ['view'], viewerOf: 'globex' },
    })
  })

  it("asks for a member's record and for someone else's personal app", () => {
    expect(planAccess(teamApp('acme'), ME, TEAMS).kind).toBe('ask')
    expect(planAccess(personal('someone-else'), ME, TEAMS).kind).toBe('ask')
  })

  it('knows nothing while the app, the account or the teams are unread', () => {
    expect(planAccess(undefined, ME, TEAMS).kind).toBe('unknown')
    expect(planAccess(teamApp('acme'), undefined, TEAMS).kind).toBe('unknown')
    expect(planAccess(teamApp('acme'), ME, undefined).kind).toBe('unknown')
  })
})

describe("a collaborator record's answer", () => {
  it('gives its permissions, in a fixed order', () => {
    expect(accessFromRecord(teamApp('acme'), ['manage', 'view', 'deploy'])).toEqual({
      permissions: ['view', 'deploy', 'manage'],
    })
  })

  it("means no access on a personal app, but is left open on a team's (plain teams let members deploy)", () => {
    expect(accessFromRecord(personal('x'), null)).toEqual({ permissions: [] })
    expect(accessFromRecord(teamApp('acme'), null)).toBe(UNKNOWN)
  })

  it('gives a personal collaborator everything, whatever the record lists', () => {
    expect(accessFromRecord(personal('x'), []).permissions).toHaveLength(4)
  })
})

describe('why an action is blocked', () => {
  it('names the permission, the app and the action, and a viewer is told so', () => {
    expect(
      accessBlocker({ permissions: ['view'], viewerOf: 'globex' }, NEEDED.move, 'api', 'move it'),
    ).toBe('You need the manage permission on api to move it. You are a viewer in globex.')
    expect(accessBlocker({ permissions: ['view'] }, NEEDED.rollBack, 'api', 'roll it back')).toBe(
      'You need the deploy permission on api to roll it back.',
    )
  })

  it('blocks nothing that is allowed or not known', () => {
    expect(accessBlocker({ permissions: ['view', 'deploy'] }, 'deploy', 'api', 'x')).toBeNull()
    expect(accessBlocker(UNKNOWN, 'manage', 'api', 'x')).toBeNull()
  })
})

describe('who may change a pipeline', () => {
  it("lets a team's admins and members, not its viewers or outsiders", () => {
    expect(pipelineBlocker({ id: 't1', type: 'team' }, ME, TEAMS)).toBeNull()
    expect(pipelineBlocker({ id: 't2', type: 'team' }, ME, TEAMS)).toBeNull()
    expect(pipelineBlocker({ id: 't3', type: 'team' }, ME, TEAMS)).toBe(
      'Viewers of globex cannot change its pipelines.',
    )
    expect(pipelineBlocker({ id: 't9', type: 'team' }, ME, TEAMS)).toBe(
      'You are not a member of the team that owns this pipeline.',
    )
  })

  it('keeps a personal pipeline its owner’s, and a legacy one anyone’s', () => {
    expect(pipelineBlocker({ id: ME, type: 'user' }, ME, TEAMS)).toBeNull()
    expect(pipelineBlocker({ id: 'other', type: 'user' }, ME, TEAMS)).toBe(
      "Only the pipeline's owner can change it.",
    )
    expect(pipelineBlocker(null, ME, TEAMS)).toBeNull()
    expect(pipelineBlocker({ id: 't3', type: 'team' }, ME, undefined)).toBeNull()
  })
})

describe('what is known once the plan is followed', () => {
  it('takes a settled plan as is, an answered record through its app, and nothing else', () => {
    const settled = planAccess(personal(ME), ME, TEAMS)
    expect(accessOf(settled, personal(ME), undefined).permissions).toHaveLength(4)
    const ask = planAccess(teamApp('acme'), ME, TEAMS)
    expect(accessOf(ask, teamApp('acme'), ['view', 'deploy'])).toEqual({
      permissions: ['view', 'deploy'],
    })
    expect(accessOf(ask, teamApp('acme'), undefined)).toBe(UNKNOWN)
    expect(accessOf({ kind: 'unknown' }, teamApp('acme'), ['manage'])).toBe(UNKNOWN)
  })
})
