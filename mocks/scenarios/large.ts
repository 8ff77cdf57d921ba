import { fillBranches } from '../platform/branches'
import { connectPipelines } from '../platform/connections'
import { DAY, HOUR, MINUTE } from '../platform/time'
import type {
  AppRecord,
  PipelineRecord,
  PlatformState,
  TeamRecord,
  UserRecord,
} from '../platform/types'
import { ScenarioBuilder, type Person } from './builder'

/**
 * A large account, for trying the dashboard at scale and for `npm run bench`: a single-tenant SaaS
 * whose `fleet` pipeline runs one production app per customer. 2,000 apps over the four stages,
 * each stage on a handful of commits, as a real fleet looks mid-rollout:
 *
 * - development: 50 apps, on 3 commits;
 * - review: 150 review apps, on 6 pull-request branches;
 * - staging: 500 apps (one per customer cohort), on 3 commits, 5 still running their release phase;
 * - production: 1,300 apps, on 3 commits, 10 whose newest release failed its release phase.
 *
 * Beside it, `atlas`, a pipeline of 20 apps built the same way (the bench compares the two), and
 * 198 small service pipelines, so the pipelines page lists 200.
 */

const ACCOUNT: Person = { name: 'Rosa Delgado', email: 'rosa@acme.example' }
const AUTHORS: Person[] = [
  ACCOUNT,
  { name: 'Kenji Sato', email: 'kenji@acme.example' },
  { name: 'Amara Nwosu', email: 'amara@acme.example' },
  { name: 'Lukas Berg', email: 'lukas@acme.example' },
]

const MESSAGES = [
  'Tenant-aware connection pooling',
  'Add per-customer feature flags',
  'Move invoices to the billing service',
  'Retry webhook deliveries with jitter',
  'Add audit log export',
  'Upgrade to Node 22 LTS',
  'Cache tenant settings for a minute',
  'Add SSO via SAML for enterprise plans',
  'Fix timezone of scheduled reports',
  'Index events by tenant and time',
  'Batch email sends per tenant',
  'Add usage dashboard',
  'Rate-limit API keys per tenant',
  'Fix CSV export of large tables',
  'Add data retention settings',
  'Compress archived events',
  'Add read replicas for reports',
  'Speed up tenant provisioning',
  'Add status page integration',
  'Fix flaky migration lock',
]

const BRANCHES = [
  'feature/saml-groups',
  'feature/usage-alerts',
  'fix/report-timezones',
  'chore/upgrade-pg-16',
  'feature/data-residency',
  'fix/webhook-ordering',
]

type Builder = ScenarioBuilder

interface Fleet {
  repo: string
  /** one slug per commit, built once and promoted from app to app, as Heroku copies slugs */
  slugs: Map<string, string>
  /** the mainline, oldest first */
  main: string[]
  /** one head commit per pull-request branch */
  branches: string[]
  team: TeamRecord
  by: UserRecord
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** An app with a short history: created, then deployed `previous`, then `current`. */
function releasedApp(
  b: Builder,
  fleet: Fleet,
  name: string,
  commits: { previous: string; current: string },
  options: { ago: number; releasePhase?: boolean; newest?: 'pending' | 'failed' },
): AppRecord {
  const app = b.app(name, {
    owner: fleet.team,
    repo: fleet.repo,
    createdAgo: 90 * DAY,
    releasePhase: options.releasePhase ? { command: 'npm run db:migrate' } : undefined,
  })
  const by = fleet.by
  const deploy = (commit: string, ago: number) => {
    const release = b.release(app, {
      ago,
      description: `Deploy ${commit.slice(0, 8)}`,
      commit,
      slugId: fleet.slugs.get(commit),
      by,
    })
    if (release.slugId) fleet.slugs.set(commit, release.slugId)
  }
  b.release(app, { ago: 90 * DAY, description: 'Initial release', commit: null, by })
  deploy(commits.previous, options.ago + 3 * DAY)
  deploy(commits.current, options.ago)
  if (options.newest) {
    // A newer release whose release command is still running, or failed: the app runs `current`.
    b.release(app, {
      ago: options.ago - 30 * MINUTE,
      description: `Deploy ${commits.current.slice(0, 8)}`,
      commit: undefined,
      status: options.newest,
      by,
    })
  }
  b.formation(app, [
    { type: 'web', quantity: 1 + (name.length % 3), size: 'Standard-1X', command: 'npm start' },
  ])
  return app
}

/** Spreads `count` apps over commits: `[commit, how many]`, the rest on the first. */
function spread(count: number, shares: [string, number][]): string[] {
  const out: string[] = []
  for (const [sha, n] of shares.slice(1)) for (let i = 0; i < n; i += 1) out.push(sha)
  const [first] = shares[0] ?? ['', 0]
  while (out.length < count) out.unshift(first)
  return out
}

/** A pipeline built like `fleet`, with this many apps per stage. */
function fleetPipeline(
  b: Builder,
  fleet: Fleet,
  name: string,
  counts: { development: number; review: number; staging: number; production: number },
): PipelineRecord {
  const pipeline = b.pipeline(name, fleet.team, 400 * DAY)
  const sha = (index: number) => fleet.main[fleet.main.length - 1 - index] ?? ''

  const dev = spread(counts.development, [
    [sha(0), 0],
    [sha(1), Math.max(1, Math.round(counts.development / 5))],
    [fleet.branches[0] ?? '', Math.round(counts.development / 5)],
  ])
  dev.forEach((commit, i) => {
    const app = releasedApp(
      b,
      fleet,
      `${name}-dev-${pad(i + 1, 2)}`,
      { previous: sha(3), current: commit },
      { ago: 2 * HOUR + i * MINUTE },
    )
    b.couple(pipeline, 'development', app)
  })

  for (let i = 0; i < counts.review; i += 1) {
    const pr = 1001 + i
    const head = fleet.branches[i % fleet.branches.length] ?? ''
    const app = releasedApp(
      b,
      fleet,
      `${name}-pr-${pr}`,
      { previous: sha(4), current: head },
      { ago: 6 * HOUR + i * MINUTE },
    )
    b.reviewApp(pipeline, {
      app,
      branch: BRANCHES[i % BRANCHES.length] ?? 'feature',
      pr_number: pr,
      status: 'created',
      ago: 7 * HOUR + i * MINUTE,
      creator: fleet.by,
    })
  }

  const staging = spread(counts.staging, [
    [sha(2), 0],
    [sha(4), Math.round(counts.staging / 20)],
    [sha(1), Math.max(1, Math.round(counts.staging / 100))],
  ])
  staging.forEach((commit, i) => {
    const app = releasedApp(
      b,
      fleet,
      `${name}-staging-${pad(i + 1, 3)}`,
      { previous: sha(6), current: commit },
      // The last few are still running the release command of their newest release.
      {
        ago: 5 * HOUR + i * 10_000,
        releasePhase: true,
        newest: i >= counts.staging - Math.ceil(counts.staging / 100) ? 'pending' : undefined,
      },
    )
    b.couple(pipeline, 'staging', app)
  })

  const production = spread(counts.production, [
    [sha(6), 0],
    [sha(9), Math.round(counts.production / 30)],
    [sha(4), Math.max(1, Math.round(counts.production / 250))],
  ])
  production.forEach((commit, i) => {
    const app = releasedApp(
      b,
      fleet,
      `${name}-c${pad(i + 1, 4)}`,
      { previous: sha(9), current: commit },
      // A few customers' newest release failed its release command: they still run `commit`.
      {
        ago: 2 * DAY + i * 10_000,
        releasePhase: true,
        newest: i % 130 === 7 ? 'failed' : undefined,
      },
    )
    b.couple(pipeline, 'production', app)
  })
  return pipeline
}

export function buildLargeScenario(now: number): PlatformState {
  const b = new ScenarioBuilder(20261123, now, ACCOUNT)
  const by = b.state.users[b.state.accountId] as UserRecord
  const team = b.team('acme')
  const repo = 'acme/platform'
  const main = b.mainline(repo, MESSAGES, { endAgo: HOUR, every: 9 * HOUR, authors: AUTHORS })
  const base = main[main.length - 6] ?? ''
  const branches = BRANCHES.map((branchName, i) =>
    b.commit(repo, {
      message: `WIP ${branchName}`,
      author: AUTHORS[i % AUTHORS.length] ?? ACCOUNT,
      ago: 3 * HOUR + i * HOUR,
      parents: [base],
    }),
  )
  const fleet: Fleet = { repo, slugs: new Map(), main, branches, team, by }

  fleetPipeline(b, fleet, 'fleet', { development: 50, review: 150, staging: 500, production: 1300 })
  fleetPipeline(b, fleet, 'atlas', { development: 2, review: 3, staging: 5, production: 10 })

  // Small services, so the pipelines page has 200 pipelines to show.
  const servicesRepo = 'acme/services'
  const services = b.mainline(servicesRepo, MESSAGES.slice(0, 4), {
    endAgo: 2 * DAY,
    every: DAY,
    authors: AUTHORS,
  })
  const service: Fleet = {
    repo: servicesRepo,
    slugs: new Map(),
    main: services,
    branches: [],
    team,
    by,
  }
  for (let i = 1; i <= 198; i += 1) {
    const name = `svc-${pad(i, 3)}`
    const pipeline = b.pipeline(name, team, (100 + i) * DAY)
    const commit = services[i % 2 === 0 ? 3 : 2] ?? ''
    const staging = releasedApp(
      b,
      service,
      `${name}-staging`,
      { previous: services[1] ?? '', current: services[3] ?? '' },
      { ago: DAY + i * MINUTE },
    )
    const production = releasedApp(
      b,
      service,
      name,
      { previous: services[0] ?? '', current: commit },
      { ago: 2 * DAY + i * MINUTE },
    )
    b.couple(pipeline, 'staging', staging)
    b.couple(pipeline, 'production', production)
  }
  // Pipelines connected to the repository their apps deploy from; review apps enabled where there are some.
  return fillBranches(connectPipelines(b.state))
}
