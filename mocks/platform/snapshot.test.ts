import { describe, expect, it } from 'vitest'
import { buildDemoScenario } from '../scenarios/demo'
import { appPermissions } from './access'
import { MAX_SNAPSHOT_RECORDS, readSnapshot, type Migration } from './snapshot'
import { Platform } from './store'
import { STATE_SCHEMA_VERSION } from './types'

const NOW = Date.parse('2026-12-01T12:00:00Z')
const saved = () => JSON.parse(JSON.stringify(buildDemoScenario(NOW))) as Record<string, unknown>

describe('reading a saved demo state back', () => {
  it('takes a state of the current format as it is', () => {
    const state = saved()
    expect(readSnapshot(state)).toEqual({ state })
  })

  it.each([
    ['text', 'not json at all'],
    ['null', null],
    ['a list', [1, 2, 3]],
    ["another program's object", { theme: 'dark', schemaVersion: 'x' }],
    ['a version below one', { ...saved(), schemaVersion: 0 }],
  ])('says %s is not demo data Stageboard saved', (_what, value) => {
    expect(readSnapshot(value)).toEqual({ problem: 'it is not demo data Stageboard saved' })
  })

  it('refuses a newer format, saying which', () => {
    const newer = STATE_SCHEMA_VERSION + 1
    expect(readSnapshot({ ...saved(), schemaVersion: newer })).toEqual({
      problem: `it was saved by a newer Stageboard (format ${newer}; this one reads ${STATE_SCHEMA_VERSION})`,
      newer: true,
    })
  })

  it('names what is missing from a damaged state', () => {
    const { apps: _apps, releases: _releases, ...rest } = saved()
    expect(readSnapshot({ ...rest, couplings: 'oops' })).toEqual({
      problem: 'it is damaged (apps, couplings, releases missing or unreadable)',
    })
  })

  it('refuses a state too large to be the demo', () => {
    const state = saved()
    const apps: Record<string, object> = {}
    for (let index = 0; index <= MAX_SNAPSHOT_RECORDS; index += 1) apps[`app-${index}`] = {}
    const reading = readSnapshot({ ...state, apps })
    expect(reading).toMatchObject({
      problem: expect.stringMatching(/^it is too large \([\d,]+ records\)$/) as unknown,
    })
  })
})

describe('migrations', () => {
  // Formats 1 to 3, with the steps between them as a later Stageboard would ship them.
  const toV2: Migration = ({ appsById, ...rest }) => ({ ...rest, apps: appsById })
  const toV3: Migration = (state) => ({ ...state, repos: state.repos ?? {} })

  it('brings an old format up to date, step by step, and says where it came from', () => {
    const current = saved()
    const { apps, repos: _repos, ...rest } = current
    const v1 = { ...rest, appsById: apps, schemaVersion: 1 }
    const reading = readSnapshot(v1, { 1: toV2, 2: toV3 }, 3)
    expect(reading).toEqual({ state: { ...current, repos: {}, schemaVersion: 3 }, migratedFrom: 1 })
  })

  it('refuses an old format it has no step for, instead of guessing', () => {
    expect(readSnapshot({ ...saved(), schemaVersion: 1 }, { 2: toV3 }, 3)).toEqual({
      problem: 'no way is known to bring format 1 up to date',
    })
  })
})

describe('the step from format 1 (one person) to format 2 (people and permissions)', () => {
  /** A demo state as Stageboard saved it before format 2: the account's role on each team. */
  function savedInFormat1() {
    const { apiKeys: _keys, teamMembers: _members, appCollaborators: _grants, ...rest } = saved()
    const teams = rest.teams as Record<string, object>
    for (const id of Object.keys(teams)) teams[id] = { ...teams[id], role: 'admin' }
    return { ...rest, schemaVersion: 1 }
  }

  it('keeps everything the account could do: admin of its teams, collaborator on the apps of others', () => {
    const reading = readSnapshot(savedInFormat1())
    if (!('state' in reading)) throw new Error(reading.problem)
    expect(reading.migratedFrom).toBe(1)
    const { state } = reading
    const platform = new Platform(state)
    const account = state.accountId
    for (const app of Object.values(state.apps)) {
      expect(appPermissions(platform, app, account), app.name).toEqual([
        'view',
        'deploy',
        'operate',
        'manage',
      ])
    }
    const memberships = Object.values(state.teamMembers).map(({ teamId, userId, role }) => ({
      teamId,
      userId,
      role,
    }))
    expect(memberships).toEqual(
      Object.keys(state.teams).map((teamId) => ({ teamId, userId: account, role: 'admin' })),
    )
    expect(Object.values(state.teams).some((team) => 'role' in team)).toBe(false)
    expect(state.apiKeys).toEqual({})
  })
})

describe('the step from format 2 to format 3 (pipelines connected to GitHub, review-app settings)', () => {
  /** A demo state as Stageboard saved it in format 2: no GitHub links, no review-app settings. */
  function savedInFormat2() {
    const { pipelineRepos: _repos, reviewAppConfigs: _configs, ...rest } = saved()
    return { ...rest, schemaVersion: 2 }
  }

  it('connects each pipeline as the demo is, and keeps review apps enabled where there are some', () => {
    const reading = readSnapshot(savedInFormat2())
    if (!('state' in reading)) throw new Error(reading.problem)
    expect(reading.migratedFrom).toBe(2)
    const current = saved()
    expect(reading.state.pipelineRepos).toEqual(current.pipelineRepos)
    expect(reading.state.reviewAppConfigs).toEqual(current.reviewAppConfigs)
    expect(Object.keys(reading.state.reviewAppConfigs).length).toBeGreaterThan(0)
  })
})

describe('the step from format 3 to format 4 (GitHub branches and pull requests)', () => {
  /** A demo state as Stageboard saved it in format 3: no branches, no pull requests. */
  function savedInFormat3() {
    const {
      branches: _branches,
      pullRequests: _pulls,
      testRuns: _runs,
      ciPipelines: _ci,
      pipelineConfigVars: _vars,
      ...rest
    } = saved()
    return { ...rest, schemaVersion: 3 }
  }

  it("gives each repository a main, and each review app's app its branch and open pull request", () => {
    const reading = readSnapshot(savedInFormat3())
    if (!('state' in reading)) throw new Error(reading.problem)
    expect(reading.migratedFrom).toBe(3)
    const { state } = reading
    const repo = 'northwind/billing-api'
    const staging = Object.values(state.apps).find((app) => app.name === 'billing-api-staging')
    const stagingRuns = state.releases[staging?.id ?? '']?.findLast((r) => r.status === 'succeeded')
    expect(state.branches[repo]?.main).toBe(state.slugs[stagingRuns?.slugId ?? '']?.commit)
    const pr142 = Object.values(state.reviewApps).find((r) => r.pr_number === 142)
    const pr142Runs = state.releases[pr142?.appId ?? '']?.at(-1)
    expect(state.branches[repo]?.['feature/invoice-pdf']).toBe(
      state.slugs[pr142Runs?.slugId ?? '']?.commit,
    )
    expect(state.pullRequests[`${repo}#142`]).toMatchObject({
      state: 'open',
      branch: 'feature/invoice-pdf',
      title: 'Store PDFs in S3',
    })
    // Heroku CI starts off, with no history.
    expect(state.testRuns).toEqual({})
    expect(state.ciPipelines).toEqual({})
    // The errored review app's code was never built: there is nothing to point its branch at.
    expect(state.branches[repo]?.['chore/upgrade-node-22']).toBeUndefined()
  })
})
