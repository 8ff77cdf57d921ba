import { fillBranches } from '../platform/branches'
import { connectPipelines } from '../platform/connections'
import { addTestRun } from '../platform/test-runs'
import type { PlatformState, AppRecord, PipelineRecord, UserRecord } from '../platform/types'
import { DAY, HOUR, MINUTE } from '../platform/time'
import { ScenarioBuilder, type Person } from './builder'

/**
 * The demo: a small company's pipelines, chosen so every part of the board has something to show:
 * drift in each direction, two production apps, review apps in every state, a failed release
 * phase, an app with no release, an ownerless (legacy) pipeline, mixed ownership, apps waiting to
 * be added, and a production app whose next release phase fails once (promotion failure, retry).
 */

/** The API keys of the demo's people: whose key a request carries decides what it may do. */
export const DEMO_KEYS = {
  ada: 'demo-key-ada',
  marcus: 'demo-key-marcus',
  priya: 'demo-key-priya',
} as const

const ADA: Person = { name: 'Ada Okafor', email: 'ada@northwind.dev' }
const MARCUS: Person = { name: 'Marcus Chen', email: 'marcus@northwind.dev' }
const PRIYA: Person = { name: 'Priya Raman', email: 'priya@northwind.dev' }
const AUTHORS: Person[] = [
  ADA,
  MARCUS,
  PRIYA,
  { name: 'Sofia Alvarez', email: 'sofia@northwind.dev' },
  { name: 'Tomás Novak', email: 'tomas@northwind.dev' },
  { name: 'Jonas Lindqvist', email: 'jonas@northwind.dev' },
]

const BILLING_MESSAGES = [
  'Add invoice line-item grouping by product',
  'Retry Stripe webhooks with exponential backoff',
  'Fix proration when a plan changes mid-cycle',
  'Extract tax calculation into TaxService',
  'Bump pg from 8.11.3 to 8.12.0',
  'Log request ids on every billing event',
  'Add usage records endpoint for metered plans',
  'Handle currency rounding for JPY and KRW',
  'Speed up invoice listing with a covering index',
  'Send dunning emails after the second failed charge',
  'Guard against duplicate charge on double submit',
  'Add /healthz with database and queue checks',
  'Migrate customers.credit_balance to bigint',
  'Show VAT id on PDF invoices',
  'Fix flaky spec for subscription renewal',
  'Cache exchange rates for one hour',
  'Add refunds API with partial amounts',
  'Upgrade to Node 22 LTS',
  'Record who issued each manual credit',
  'Paginate /v1/invoices with cursors',
  'Reject coupons that expired in the customer timezone',
  'Emit invoice.finalized events to the queue',
  'Add annual billing option to the pricing table',
  'Fix off-by-one in trial end date',
]

const STOREFRONT_MESSAGES = [
  'Lazy-load product images below the fold',
  'Add size guide modal to product page',
  'Fix cart total when a discount is removed',
  'Prefetch category pages on hover',
  'Move checkout to the new payment sheet',
  'Add structured data for product reviews',
  'Fix Safari layout shift in the header',
  'Show delivery estimate by postcode',
  'Add wishlist sync for signed-in customers',
  'Compress hero images to AVIF',
  'Migrate orders.status to an enum',
  'Add gift message to checkout',
  'Fix double tracking of add-to-cart events',
  'Remember the last used shipping address',
]

const MARKETING_MESSAGES = [
  'Add customer stories page',
  'Update pricing copy for annual plans',
  'Fix broken link in the footer',
  'New hero illustration',
  'Add careers page with open roles',
  'Compress blog images',
]

const REPORTS_MESSAGES = [
  'Nightly revenue report as CSV',
  'Add churn cohort query',
  'Fix timezone in weekly digest',
  'Retry S3 uploads on timeout',
]

type Builder = ScenarioBuilder

const mainline = (b: Builder, repo: string, messages: string[], endAgo: number, every: number) =>
  b.mainline(repo, messages, { endAgo, every, authors: AUTHORS })

/** Commits on a branch off `base`, the branch pointing at the last. */
function branch(
  b: Builder,
  repo: string,
  name: string,
  base: string,
  messages: string[],
  endAgo: number,
  author: Person,
) {
  let parent = base
  const shas = messages.map((message, index) => {
    parent = b.commit(repo, {
      message,
      author,
      ago: endAgo + (messages.length - 1 - index) * HOUR,
      parents: [parent],
    })
    return parent
  })
  b.branch(repo, name, parent)
  return shas
}

/**
 * Test runs of what a pipeline's apps run and of its branches' heads, oldest first: a passed run
 * an hour or more before each deploy, as if CI had gated it.
 */
function testHistory(b: Builder, pipeline: PipelineRecord, repo: string, by: UserRecord) {
  const { state } = b
  const commits = state.repos[repo] ?? {}
  const running = new Map<string, string>()
  for (const coupling of Object.values(state.couplings)) {
    if (coupling.pipelineId !== pipeline.id) continue
    const release = state.releases[coupling.appId]?.findLast((r) => r.status === 'succeeded')
    const sha = release?.slugId ? state.slugs[release.slugId]?.commit : null
    if (sha) running.set(sha, 'main')
  }
  for (const [branch, sha] of Object.entries(state.branches[repo] ?? {})) running.set(sha, branch)
  const runs = [...running]
    .flatMap(([sha, branch]) => (commits[sha] ? [{ commit: commits[sha], branch }] : []))
    .sort((a, b) => a.commit.author.date.localeCompare(b.commit.author.date))
  for (const { commit, branch } of runs) {
    addTestRun(state, {
      id: b.random.uuid(),
      pipelineId: pipeline.id,
      branch,
      sha: commit.sha,
      message: commit.message,
      sourceBlobUrl: `https://kolkrabbi.heroku.com/github/repos/${repo}/tarball/${commit.sha}`,
      userId: by.id,
      // Pushed, then tested within ten minutes: a minute a step.
      at: Math.min(Date.parse(commit.author.date) + 2 * MINUTE, b.now - 10 * MINUTE),
      step: MINUTE,
    })
  }
}

/** A GitHub login from a person's name: "Tomás Novak" is `tomasnovak`. */
const loginOf = (person: Person) =>
  person.name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The releases every Heroku app starts with. */
function firstReleases(b: Builder, app: AppRecord, ago: number, by: UserRecord) {
  b.release(app, { ago, description: 'Initial release', commit: null, by })
  b.release(app, { ago: ago - MINUTE, description: 'Enable Logplex', commit: undefined, by })
  b.release(app, {
    ago: ago - 2 * MINUTE,
    description: 'Add heroku-postgresql:essential-0 plan',
    by,
  })
}

const deploy = (sha: string) => `Deploy ${sha.slice(0, 8)}`

/** Deploys each commit in turn, with a config change now and then, like a real history. */
function deployHistory(
  b: Builder,
  app: AppRecord,
  shas: string[],
  options: { endAgo: number; every: number; users: UserRecord[] },
) {
  const published = new Map<string, number>()
  shas.forEach((sha, index) => {
    const ago = options.endAgo + (shas.length - 1 - index) * options.every
    const by = options.users[index % options.users.length]
    if (index % 4 === 2) {
      b.release(app, { ago: ago + 20 * MINUTE, description: 'Set LOG_LEVEL config vars', by })
    }
    published.set(sha, b.release(app, { ago, description: deploy(sha), commit: sha, by }).version)
  })
  return published
}

/** Promotions from `source` to `target`, one per commit given. */
function promoteHistory(
  b: Builder,
  target: AppRecord,
  source: { app: AppRecord; versions: Map<string, number> },
  shas: string[],
  options: { endAgo: number; every: number; by: UserRecord },
) {
  shas.forEach((sha, index) => {
    const ago = options.endAgo + (shas.length - 1 - index) * options.every
    const version = source.versions.get(sha) ?? 1
    b.release(target, {
      ago,
      description: `Promote ${source.app.name} v${version} ${sha.slice(0, 7)}`,
      commit: sha,
      repo: source.app.repo ?? undefined,
      by: options.by,
    })
  })
}

const web = (quantity: number, size: string) => ({
  type: 'web',
  quantity,
  size,
  command: 'npm start',
})
const worker = (quantity: number, size: string) => ({
  type: 'worker',
  quantity,
  size,
  command: 'node dist/worker.js',
})

export function buildDemoScenario(now: number): PlatformState {
  const b = new ScenarioBuilder(20261121, now, ADA)
  const ada = b.state.users[b.state.accountId] as UserRecord
  const marcus = b.user(MARCUS)
  const northwind = b.team('northwind')

  // billing-api: staging 5 ahead of production; two production apps in two regions; review apps.
  const billingRepo = 'northwind/billing-api'
  const billing = mainline(b, billingRepo, BILLING_MESSAGES, 3 * HOUR, 14 * HOUR)
  const sha = (index: number) => billing[index] ?? ''
  const spike = branch(
    b,
    billingRepo,
    'spike/usage-metering',
    sha(18),
    ['Spike: usage metering via Kafka', 'Meter API calls per customer'],
    5 * HOUR,
    MARCUS,
  )
  const invoicePdf = branch(
    b,
    billingRepo,
    'feature/invoice-pdf',
    sha(21),
    ['Render invoices to PDF with pdfkit', 'Add invoice PDF download button', 'Store PDFs in S3'],
    2 * HOUR,
    AUTHORS[2] as Person,
  )
  const [taxRounding] = branch(
    b,
    billingRepo,
    'fix/tax-rounding',
    sha(22),
    ['Round tax per line, not per invoice'],
    40 * MINUTE,
    AUTHORS[3] as Person,
  )
  const [node22] = branch(
    b,
    billingRepo,
    'chore/upgrade-node-22',
    sha(16),
    ['Bump engines.node to 22.x'],
    30 * HOUR,
    AUTHORS[4] as Person,
  )
  const node22Error =
    'Build failed: engines.node 22.x is not available on the heroku-24 stack image used by this pipeline.'
  const node22Commit = b.state.repos[billingRepo]?.[node22 ?? '']
  if (node22Commit) node22Commit.buildError = node22Error
  b.pullRequest(billingRepo, {
    number: 151,
    title: 'Spike: usage metering via Kafka',
    branch: 'spike/usage-metering',
    author: loginOf(MARCUS),
    ago: 5 * HOUR,
  })
  b.pullRequest(billingRepo, {
    number: 147,
    title: 'Round tax per line, not per invoice',
    branch: 'fix/tax-rounding',
    author: loginOf(AUTHORS[3] as Person),
    ago: 40 * MINUTE,
  })
  b.pullRequest(billingRepo, {
    number: 142,
    title: 'Invoice PDFs',
    branch: 'feature/invoice-pdf',
    author: loginOf(AUTHORS[2] as Person),
    ago: 4 * HOUR,
  })
  b.pullRequest(billingRepo, {
    number: 139,
    title: 'Upgrade to Node 22',
    branch: 'chore/upgrade-node-22',
    author: loginOf(AUTHORS[4] as Person),
    ago: 30 * HOUR,
  })

  const billingPipeline = b.pipeline('billing-api', northwind, 300 * DAY)
  const billingDev = b.app('billing-api-dev', {
    owner: northwind,
    repo: billingRepo,
    createdAgo: 250 * DAY,
  })
  const billingStaging = b.app('billing-api-staging', {
    owner: northwind,
    repo: billingRepo,
    createdAgo: 300 * DAY,
    releasePhase: { command: 'npm run db:migrate' },
  })
  const billingProd = b.app('billing-api', {
    owner: northwind,
    repo: billingRepo,
    createdAgo: 300 * DAY,
    releasePhase: { command: 'npm run db:migrate' },
  })
  const billingProdEu = b.app('billing-api-eu', {
    owner: northwind,
    repo: billingRepo,
    region: 'eu',
    createdAgo: 120 * DAY,
    // The next release command fails once: a promotion to it fails, a retry succeeds.
    releasePhase: { command: 'npm run db:migrate', failuresLeft: 1 },
  })
  for (const app of [billingDev, billingStaging, billingProd, billingProdEu]) {
    firstReleases(b, app, 40 * DAY, ada)
  }

  deployHistory(b, billingDev, [sha(10), sha(14), ...spike], {
    endAgo: 5 * HOUR,
    every: 2 * DAY,
    users: [marcus],
  })
  const stagingVersions = deployHistory(b, billingStaging, billing.slice(8), {
    endAgo: 3 * HOUR,
    every: 14 * HOUR,
    users: [ada, marcus],
  })
  promoteHistory(
    b,
    billingProd,
    { app: billingStaging, versions: stagingVersions },
    [sha(9), sha(13), sha(17), sha(19)],
    {
      endAgo: 26 * HOUR,
      every: 2 * DAY,
      by: ada,
    },
  )
  promoteHistory(
    b,
    billingProdEu,
    { app: billingStaging, versions: stagingVersions },
    [sha(9), sha(13), sha(17)],
    {
      endAgo: 3 * DAY,
      every: 2 * DAY,
      by: marcus,
    },
  )
  b.couple(billingPipeline, 'development', billingDev)
  b.couple(billingPipeline, 'staging', billingStaging)
  b.couple(billingPipeline, 'production', billingProd, billingProdEu)
  b.formation(billingDev, [web(1, 'Basic')])
  b.formation(billingStaging, [web(1, 'Standard-1X'), worker(1, 'Standard-1X')])
  b.formation(billingProd, [web(4, 'Standard-2X'), worker(2, 'Standard-1X')])
  b.formation(billingProdEu, [web(2, 'Standard-2X'), worker(1, 'Standard-1X')])

  const pr142 = b.app('billing-api-pr-142', {
    owner: northwind,
    repo: billingRepo,
    createdAgo: 2 * HOUR,
  })
  firstReleases(b, pr142, 2 * HOUR, ada)
  b.release(pr142, {
    ago: 90 * MINUTE,
    description: deploy(invoicePdf[2] ?? ''),
    commit: invoicePdf[2] ?? '',
  })
  b.formation(pr142, [web(1, 'Basic')])
  b.reviewApp(billingPipeline, {
    app: pr142,
    branch: 'feature/invoice-pdf',
    pr_number: 142,
    status: 'created',
    ago: 2 * HOUR,
    creator: ada,
  })
  b.reviewApp(billingPipeline, {
    app: null,
    branch: 'fix/tax-rounding',
    pr_number: 147,
    status: 'creating',
    // Older than the board follows closely (src/lib/review-apps.ts): its minute-by-minute
    // refresh shows it made, a minute and a half into the demo, a review app arriving on its own.
    ago: 12 * MINUTE,
    creator: ada,
    buildsIn: { ms: 90_000, commit: taxRounding ?? '' },
  })
  b.reviewApp(billingPipeline, {
    app: null,
    branch: 'chore/upgrade-node-22',
    pr_number: 139,
    status: 'errored',
    message: node22Error,
    ago: 30 * HOUR,
    creator: marcus,
  })

  // storefront: staging's last release failed its release phase; mixed ownership (a personal dev app).
  const storeRepo = 'northwind/storefront'
  const store = mainline(b, storeRepo, STOREFRONT_MESSAGES, 50 * MINUTE, 20 * HOUR)
  const storeSha = (index: number) => store[index] ?? ''
  const storePipeline = b.pipeline('storefront', northwind, 200 * DAY)
  const storeDev = b.app('storefront-dev', {
    owner: marcus,
    repo: storeRepo,
    createdAgo: 100 * DAY,
  })
  const storeStaging = b.app('storefront-staging', {
    owner: northwind,
    repo: storeRepo,
    createdAgo: 200 * DAY,
    releasePhase: { command: 'rails db:migrate' },
    maintenance: true,
  })
  const storeProd = b.app('storefront-prod', {
    owner: northwind,
    repo: storeRepo,
    createdAgo: 200 * DAY,
    releasePhase: { command: 'rails db:migrate' },
  })
  for (const app of [storeDev, storeStaging, storeProd]) firstReleases(b, app, 30 * DAY, ada)
  deployHistory(b, storeDev, [storeSha(11), storeSha(13)], {
    endAgo: 50 * MINUTE,
    every: DAY,
    users: [marcus],
  })
  const storeVersions = deployHistory(b, storeStaging, store.slice(4, 11), {
    endAgo: 5 * HOUR,
    every: 20 * HOUR,
    users: [ada],
  })
  b.release(storeStaging, {
    ago: 2 * HOUR,
    description: deploy(storeSha(11)),
    commit: storeSha(11),
    status: 'failed',
    by: marcus,
  })
  promoteHistory(
    b,
    storeProd,
    { app: storeStaging, versions: storeVersions },
    // Production is two commits behind what staging still runs: a verified build awaits promotion.
    [storeSha(6), storeSha(8)],
    {
      endAgo: 4 * HOUR,
      every: DAY,
      by: ada,
    },
  )
  b.couple(storePipeline, 'development', storeDev)
  b.couple(storePipeline, 'staging', storeStaging)
  b.couple(storePipeline, 'production', storeProd)
  b.formation(storeDev, [web(1, 'Eco')])
  b.formation(storeStaging, [web(1, 'Standard-1X')])
  b.formation(storeProd, [web(6, 'Performance-M'), worker(2, 'Standard-2X')])

  // marketing-site: a personal pipeline; its new staging app has no release yet.
  const siteRepo = 'northwind/marketing-site'
  const site = mainline(b, siteRepo, MARKETING_MESSAGES, 3 * DAY, 3 * DAY)
  const sitePipeline = b.pipeline('marketing-site', ada, 90 * DAY)
  const siteStaging = b.app('marketing-site-staging', {
    owner: ada,
    repo: siteRepo,
    createdAgo: 20 * MINUTE,
  })
  const siteProd = b.app('marketing-site', { owner: ada, repo: siteRepo, createdAgo: 90 * DAY })
  firstReleases(b, siteProd, 60 * DAY, ada)
  deployHistory(b, siteProd, site, { endAgo: 3 * DAY, every: 3 * DAY, users: [ada] })
  b.couple(sitePipeline, 'staging', siteStaging)
  b.couple(sitePipeline, 'production', siteProd)
  b.formation(siteProd, [web(2, 'Basic')])

  // legacy-reports: created before pipeline ownership (no owner); production is not on GitHub.
  const reportsRepo = 'northwind/reports'
  const reports = mainline(b, reportsRepo, REPORTS_MESSAGES, 6 * DAY, 4 * DAY)
  const reportsPipeline = b.pipeline('legacy-reports', null, 900 * DAY)
  const reportsStaging = b.app('reports-staging', {
    owner: marcus,
    repo: reportsRepo,
    createdAgo: 900 * DAY,
  })
  const reportsWorker = b.app('reports-worker', { owner: ada, repo: null, createdAgo: 900 * DAY })
  firstReleases(b, reportsStaging, 200 * DAY, marcus)
  firstReleases(b, reportsWorker, 200 * DAY, ada)
  deployHistory(b, reportsStaging, reports, { endAgo: 6 * DAY, every: 4 * DAY, users: [marcus] })
  b.release(reportsWorker, {
    ago: 20 * DAY,
    description: 'Deploy via heroku builds:create',
    commit: reports[1] ?? '',
    repo: reportsRepo,
  })
  b.couple(reportsPipeline, 'staging', reportsStaging)
  b.couple(reportsPipeline, 'production', reportsWorker)
  b.formation(reportsStaging, [worker(1, 'Basic')])
  b.formation(reportsWorker, [worker(1, 'Standard-1X')])

  // mobile-gateway: only production so far; the other stages are empty.
  const gatewayRepo = 'northwind/mobile-gateway'
  const gateway = mainline(
    b,
    gatewayRepo,
    ['Initial gateway', 'Add rate limiting per device', 'Rotate JWT keys weekly'],
    9 * DAY,
    2 * DAY,
  )
  const gatewayPipeline = b.pipeline('mobile-gateway', northwind, 40 * DAY)
  const gatewayProd = b.app('mobile-gateway', {
    owner: northwind,
    repo: gatewayRepo,
    createdAgo: 40 * DAY,
  })
  firstReleases(b, gatewayProd, 40 * DAY, ada)
  deployHistory(b, gatewayProd, gateway, { endAgo: 9 * DAY, every: 2 * DAY, users: [ada] })
  b.couple(gatewayPipeline, 'production', gatewayProd)
  b.formation(gatewayProd, [web(2, 'Standard-1X')])

  // Apps in no pipeline yet, to be added from the board.
  for (const name of ['mobile-gateway-staging', 'search-indexer', 'payments-sandbox']) {
    const app = b.app(name, { owner: northwind, createdAgo: 10 * DAY })
    firstReleases(b, app, 10 * DAY, ada)
  }
  const scratch = b.app('ada-scratchpad', { owner: ada, createdAgo: 4 * DAY })
  firstReleases(b, scratch, 4 * DAY, ada)

  // Last, so the ids and SHAs above stay as they were before the demo had more than one person.
  // The people the account switcher can be: Ada, northwind's admin (the default); Marcus, a
  // member who may deploy to and manage development and staging apps but only view production;
  // Priya, a viewer.
  const priya = b.user(PRIYA)
  b.member(northwind, marcus, 'member')
  b.member(northwind, priya, 'viewer')
  for (const app of [billingDev, billingStaging, storeStaging]) {
    b.collaborator(app, marcus, ['deploy', 'operate', 'manage'])
  }
  // Personal apps: the owner's collaborators may do what the owner may. legacy-reports joins
  // Marcus's staging app to Ada's worker, and storefront's development app is Marcus's own.
  b.collaborator(storeDev, ada, [])
  b.collaborator(reportsStaging, ada, [])
  b.collaborator(reportsWorker, marcus, [])
  b.apiKey(ada, DEMO_KEYS.ada)
  b.apiKey(marcus, DEMO_KEYS.marcus)
  b.apiKey(priya, DEMO_KEYS.priya)

  // Pipelines connected to the repository their apps deploy from; review apps enabled where there are some.
  const state = fillBranches(connectPipelines(b.state))

  // Heroku CI on billing-api and storefront: each commit an app runs was tested, the newest of
  // main and of each open pull request too. Two fail: the spike on billing-api-dev, and the tax
  // fix whose review app is being made. Last, so the ids above stay as they were.
  const failing: [string, string][] = [
    [spike.at(-1) ?? '', 'billing › meters API calls per customer'],
    [taxRounding ?? '', 'invoices › rounds tax per line'],
  ]
  for (const [sha, test] of failing) {
    const commit = state.repos[billingRepo]?.[sha]
    if (commit) commit.failingTest = test
  }
  for (const [pipeline, repo] of [
    [billingPipeline, billingRepo],
    [storePipeline, storeRepo],
  ] as const) {
    state.ciPipelines[pipeline.id] = true
    testHistory(b, pipeline, repo, ada)
  }
  // billing-api-staging deploys main once CI passes; storefront-staging deploys each push at once.
  state.appGithubLinks[billingStaging.id] = { branch: 'main', auto_deploy: true, wait_for_ci: true }
  return state
}
