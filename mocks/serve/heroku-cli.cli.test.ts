/**
 * The official Heroku CLI against `npm run mock:serve`: the pipelines workflow as a person runs it,
 * checking what the CLI prints and what the API then holds. The CLI is the judge of the mock's
 * fidelity: nobody here wrote it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_KEYS } from '../scenarios/demo'
import { heroku, startSandbox, type Sandbox } from './sandbox-process'

let scratch: string
let sandbox: Sandbox

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'stageboard-cli-'))
  sandbox = await startSandbox(join(scratch, 'state.json'))
})

afterAll(async () => {
  await sandbox.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** `heroku <args>` as Ada (the demo's admin) unless another key is given; stdout and stderr. */
async function cli(args: string, key: string = DEMO_KEYS.ada, cwd?: string) {
  const run = await heroku(sandbox, join(scratch, 'home'), args.split(' '), key, cwd)
  return { ...run, output: `${run.stdout}\n${run.stderr}` }
}

/** The command ended well; if not, the failure shows what it printed. */
function expectDone(run: { code: number | null; output: string }) {
  expect(run.code, run.output).toBe(0)
}

interface Sent {
  method?: string
  body?: unknown
  range?: string
  /** the Accept header's variant: `review-apps` for `version=3.review-apps` */
  variant?: string
  /** Ada's key unless another is given */
  authorization?: string
}

/** A request to the sandbox's Platform API, as a script would send it. */
function send(path: string, { method = 'GET', body, range, variant, authorization }: Sent = {}) {
  return fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      Accept: `application/vnd.heroku+json; version=3${variant ? `.${variant}` : ''}`,
      Authorization: authorization ?? `Bearer ${DEMO_KEYS.ada}`,
      ...(range ? { Range: range } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

/** What the API holds (or answers), read as Ada unless told otherwise. */
async function api<T>(path: string, sent?: Sent): Promise<T> {
  const response = await send(path, sent)
  expect(response.ok, `${path}: ${response.status}`).toBe(true)
  return (await response.json()) as T
}

/**
 * What Kolkrabbi or GitHub answers, asked through the sandbox as a plain HTTP proxy (the whole
 * address in the request line), as Ada.
 */
function service<T>(url: string): Promise<T> {
  const { port } = new URL(sandbox.url)
  return new Promise((resolve, reject) => {
    const request = httpGet(
      { host: '127.0.0.1', port, path: url, headers: { Authorization: `Bearer ${DEMO_KEYS.ada}` } },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(JSON.parse(text) as T)
            : reject(new Error(`${url}: ${response.statusCode} ${text}`)),
        )
      },
    )
    request.on('error', reject)
  })
}

interface Release {
  version: number
  description: string
  slug: { id: string } | null
}
const newestRelease = async (app: string) =>
  (await api<Release[]>(`/apps/${app}/releases`, { range: 'version ..; order=desc, max=1' }))[0]!
const stageOf = async (app: string) =>
  (await api<{ stage: string }>(`/apps/${app}/pipeline-couplings`)).stage

describe('the Heroku CLI against the sandbox', () => {
  it('lists the pipelines', async () => {
    const listed = await cli('pipelines')
    expectDone(listed)
    expect(listed.stdout).toContain('=== My Pipelines')
    expect(listed.stdout).toMatch(/^billing-api$/m)
  })

  it('creates a pipeline and adds apps to it, then shows them', async () => {
    const created = await cli('pipelines:create cli-flow -a ada-scratchpad -s staging')
    expectDone(created)
    expect(created.output).toContain('Creating cli-flow pipeline... done')
    expect(created.output).toContain(
      'Adding ada-scratchpad to cli-flow pipeline as staging... done',
    )

    // reports-worker sits in another pipeline: an app is in one pipeline at most.
    const removed = await cli('pipelines:remove -a reports-worker')
    expectDone(removed)
    expect(removed.output).toContain('Removing reports-worker... done')
    const added = await cli('pipelines:add cli-flow -a reports-worker -s development')
    expectDone(added)
    expect(added.output).toContain(
      'Adding reports-worker to cli-flow pipeline as development... done',
    )

    const [pipeline] = await api<{ owner: { type: string } }[]>('/pipelines?eq[name]=cli-flow')
    expect(pipeline?.owner.type).toBe('user')
    const info = await cli('pipelines:info cli-flow')
    expectDone(info)
    expect(info.stdout).toMatch(/reports-worker\s+development/)
    expect(info.stdout).toMatch(/ada-scratchpad\s+staging/)
  })

  it('promotes to the next stage, and to the apps named with --to', async () => {
    const source = await newestRelease('reports-worker')
    const promoted = await cli('pipelines:promote -a reports-worker')
    expectDone(promoted)
    expect(promoted.output).toContain('Starting promotion to staging')
    expect(promoted.output).toContain('Promotion successful')
    const staged = await newestRelease('ada-scratchpad')
    expect(staged.slug?.id).toBe(source.slug?.id)
    expect(staged.description).toMatch(/^Promote reports-worker v\d+/)

    const moved = await cli('pipelines:update -a ada-scratchpad -s production')
    expect(moved.output).toContain('Changing ada-scratchpad to production... done')
    expect(await stageOf('ada-scratchpad')).toBe('production')

    // --to takes apps of any stage of the pipeline, by name or id.
    const named = await cli('pipelines:promote -a reports-worker --to ada-scratchpad')
    expectDone(named)
    expect(named.output).toContain('Starting promotion to apps: ada-scratchpad')
    expect(named.output).toContain('Promotion successful')
    expect(await newestRelease('ada-scratchpad')).toMatchObject({
      version: staged.version + 1,
      slug: source.slug,
    })

    const releases = await cli('releases -a ada-scratchpad')
    expect(releases.stdout).toMatch(new RegExp(`v${staged.version + 1}\\s+Promote reports-worker`))
  })

  it('compares an app with the next stage through Kolkrabbi and GitHub', async () => {
    const diff = await cli('pipelines:diff -a billing-api-dev')
    expectDone(diff)
    expect(diff.stdout).toContain(
      '=== billing-api-dev is ahead of billing-api-staging by 2 commits',
    )
    expect(diff.stdout).toMatch(/2f79072\s+\S+\s+Marcus Chen\s+Meter API calls per customer/)
    expect(diff.stdout).toMatch(/ca6a627\s+\S+\s+Marcus Chen\s+Spike: usage metering via Kafka/)
    expect(diff.stdout).toContain('https://github.com/northwind/billing-api/compare/84fd4563')
  })

  it("streams a release command's output while it runs, and again afterwards", async () => {
    const promoted = await cli('pipelines:promote -a billing-api-staging --to billing-api')
    expectDone(promoted)
    expect(promoted.stdout).toContain('Running release command...')
    expect(promoted.stdout).toContain('> billing-api@1.0.0 db:migrate')
    expect(promoted.stdout).toContain('All migrations ran.')
    expect(promoted.output).toContain('Promotion successful')

    const output = await cli('releases:output -a billing-api')
    expectDone(output)
    const migration = /Running (\S+\.sql) \.\.\./.exec(promoted.stdout)?.[1]
    expect(migration).toBeDefined()
    expect(output.stdout).toContain(`Running ${migration} ...`)
  })

  it("sends a running release command's output as it is written, not when it ends", async () => {
    const staging = await newestRelease('billing-api-staging')
    const release = await api<{ id: string; output_stream_url: string }>(
      '/apps/billing-api-eu/releases',
      { method: 'POST', body: { slug: staging.slug?.id } },
    )
    expect(release.output_stream_url).toBe(`${sandbox.url}/streams/${release.id}`)

    const reader = (await fetch(release.output_stream_url))
      .body!.pipeThrough(new TextDecoderStream())
      .getReader()
    const first = await reader.read()
    expect(first.value).toContain('db:migrate')
    // The first lines are here while the command still runs.
    const meanwhile = await api<{ status: string }>(`/apps/billing-api-eu/releases/${release.id}`)
    expect(meanwhile.status).toBe('pending')
    let rest = ''
    for (let next = await reader.read(); !next.done; next = await reader.read()) rest += next.value
    expect(rest).toMatch(/(All migrations ran|failed; nothing was changed)/)
  })

  it('connects a pipeline to GitHub, and turns its review apps and their settings on and off', async () => {
    expectDone(await cli('pipelines:connect marketing-site -r northwind/storefront'))
    const [pipeline] = await api<{ id: string }[]>('/pipelines?eq[name]=marketing-site')
    const config = `/pipelines/${pipeline!.id}/review-app-config`
    const settings = () =>
      send(config, { variant: 'review-apps' }).then(async (response) =>
        response.ok ? ((await response.json()) as object) : null,
      )

    expectDone(await cli('reviewapps:enable -p marketing-site'))
    expect(await settings()).toMatchObject({
      automatic_review_apps: false,
      destroy_stale_apps: false,
    })
    const flags = await cli('reviewapps:enable -p marketing-site --autodeploy --autodestroy')
    expectDone(flags)
    expect(flags.stdout).toContain('Enabling auto deployment...')
    expect(await settings()).toMatchObject({
      automatic_review_apps: true,
      destroy_stale_apps: true,
    })
    expectDone(await cli('reviewapps:disable -p marketing-site --no-autodeploy'))
    expect(await settings()).toMatchObject({
      automatic_review_apps: false,
      destroy_stale_apps: true,
    })
    expectDone(await cli('reviewapps:disable -p marketing-site'))
    expect(await settings()).toBeNull()
  })

  it('creates review apps from branches, waiting for each to be made or to fail', async () => {
    const missing = await cli('reviewapps:create -p billing-api -b no/such-branch')
    expect(missing.code).not.toBe(0)
    expect(missing.output).toContain("doesn't exist")

    const made = await cli(
      'reviewapps:create -p billing-api -b spike/usage-metering --wait --wait-interval 1',
    )
    expectDone(made)
    expect(await stageOf('billing-api-pr-151')).toBe('review')
    expect(
      await api<{ status: string; pr_number: number }>('/apps/billing-api-pr-151/review-app', {
        variant: 'review-apps',
      }),
    ).toMatchObject({ status: 'created', pr_number: 151 })
    expect((await newestRelease('billing-api-pr-151')).description).toMatch(/^Deploy [0-9a-f]{8}$/)
    expectDone(await cli('reviewapps:wait billing-api-pr-151'))

    // Its build fails: the CLI ends with the build's words.
    const failed = await cli(
      'reviewapps:create -p billing-api -b chore/upgrade-node-22 --wait --wait-interval 1',
    )
    expect(failed.code).not.toBe(0)
    expect(failed.output).toContain('engines.node 22.x is not available')
  })

  it("lists a pipeline's Heroku CI runs, newest first", async () => {
    const listed = await cli('ci -p billing-api')
    expectDone(listed)
    expect(listed.stdout).toContain('Showing latest test runs for the billing-api pipeline')
    expect(listed.stdout).toMatch(/✓\s+\d+\s+main\s+[0-9a-f]{7}\s+succeeded/)
    expect(listed.stdout).toMatch(/✗\s+\d+\s+spike\/usage-metering\s+[0-9a-f]{7}\s+failed/)
  })

  it("shows a CI run's setup and test output, and the newest run's", async () => {
    const [pipeline] = await api<{ id: string }[]>('/pipelines?eq[name]=billing-api')
    const runs = await api<{ number: number; commit_branch: string }[]>(
      `/pipelines/${pipeline!.id}/test-runs`,
    )
    const spike = runs.find((run) => run.commit_branch === 'spike/usage-metering')
    const info = await cli(`ci:info ${spike?.number} -p billing-api`)
    // The run failed: the CLI ends with its test script's exit code, after the output.
    expect(info.code).toBe(1)
    expect(info.stdout).toContain('-----> Building on the Heroku-24 stack')
    expect(info.stdout).toContain('✖ billing › meters API calls per customer')

    const last = await cli('ci:last -p billing-api')
    expect(last.stdout).toContain('> billing-api@1.0.0 test')
  })

  it('runs Heroku CI on the local commit, uploading its source, and reruns a past run from GitHub', async () => {
    const checkout = join(scratch, 'billing-api')
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: checkout, encoding: 'utf8' }).trim()
    mkdirSync(checkout)
    git('init', '--quiet', '--initial-branch', 'main')
    writeFileSync(join(checkout, 'README.md'), 'billing\n')
    git('add', 'README.md')
    git(
      '-c',
      'user.name=Ada',
      '-c',
      'user.email=ada@northwind.dev',
      'commit',
      '--quiet',
      '-m',
      'Try the meter locally',
    )
    git('remote', 'add', 'origin', 'https://github.com/northwind/billing-api.git')
    const local = git('rev-parse', 'HEAD')

    const ran = await cli('ci:run -p billing-api', DEMO_KEYS.ada, checkout)
    expectDone(ran)
    expect(ran.stdout).toContain('-----> Building on the Heroku-24 stack')
    expect(ran.stdout).toMatch(new RegExp(`✓ #\\d+ main:${local.slice(0, 7)} succeeded`))
    const [pipeline] = await api<{ id: string }[]>('/pipelines?eq[name]=billing-api')
    interface Run {
      number: number
      commit_sha: string
      commit_message: string
      source_blob_url: string
    }
    const runs = `/pipelines/${pipeline!.id}/test-runs`
    const newest = () => api<Run[]>(runs, { range: 'number ..; order=desc, max=1' })
    // GitHub has never seen the local commit: its source went up through `POST /sources`.
    const [localRun] = await newest()
    expect(localRun).toMatchObject({ commit_sha: local })
    // The CLI reads the title with `git log`, and takes the process's exit code instead when the
    // exit is heard before the output (a race in its own lib/ci/git.js): on a busy machine it
    // sends "0". What the mock keeps is what the CLI sent.
    expect(['Try the meter locally', '0']).toContain(localRun!.commit_message)
    expect(localRun!.source_blob_url).toContain('/source-blobs/')

    // A past run's commit is on GitHub: the rerun builds GitHub's archive of it, and fails as
    // that commit's tests do.
    const spike = (await api<(Run & { commit_branch: string })[]>(runs)).find(
      (run) => run.commit_branch === 'spike/usage-metering',
    )!
    const rerun = await cli(`ci:rerun ${spike.number} -p billing-api`, DEMO_KEYS.ada, checkout)
    expect(rerun.code).toBe(1)
    expect(rerun.stdout).toContain(`Rerunning test run #${spike.number}...`)
    expect(rerun.stdout).toContain('✖ billing › meters API calls per customer')
    const [again] = await newest()
    expect(again).toMatchObject({ number: localRun!.number + 1, commit_sha: spike.commit_sha })
    expect(again!.source_blob_url).toContain(
      `/github-archives/northwind/billing-api/${spike.commit_sha}`,
    )
  })

  it('sets up a pipeline from a GitHub repository: production and staging built from main', async () => {
    const setup = await cli('pipelines:setup shop-next northwind/storefront -y')
    expectDone(setup)
    expect(setup.output).toContain(
      'Creating production and staging apps (shop-next and shop-next-staging)... done',
    )
    const info = await cli('pipelines:info shop-next')
    expect(info.stdout).toMatch(/shop-next-staging\s+staging/)
    expect(info.stdout).toMatch(/shop-next\s+production/)
    const branches = await service<{ name: string; commit: { sha: string } }[]>(
      'https://api.github.com/repos/northwind/storefront/branches',
    )
    const main = branches.find((branch) => branch.name === 'main')!.commit.sha
    for (const app of ['shop-next', 'shop-next-staging']) {
      expect((await newestRelease(app)).description).toBe(`Deploy ${main.slice(0, 8)}`)
    }
    // What `-y` chose: staging deploys main on each push, once CI passes; CI is on.
    expect(
      await service('https://kolkrabbi.heroku.com/apps/shop-next-staging/github'),
    ).toMatchObject({
      branch: 'main',
      auto_deploy: true,
      wait_for_ci: true,
    })
    const [pipeline] = await api<{ id: string }[]>('/pipelines?eq[name]=shop-next')
    expect(
      await service(`https://kolkrabbi.heroku.com/pipelines/${pipeline!.id}/repository`),
    ).toMatchObject({ ci: true })
  })

  it("sets, shows and unsets Heroku CI's config vars", async () => {
    expectDone(
      await cli('ci:config:set DATABASE_URL=postgres://ci/test NODE_ENV=test -p billing-api'),
    )
    const shown = await cli('ci:config -p billing-api')
    expectDone(shown)
    expect(shown.stdout).toMatch(/DATABASE_URL:\s+postgres:\/\/ci\/test/)
    expect((await cli('ci:config:get NODE_ENV -p billing-api')).stdout.trim()).toBe('test')
    expectDone(await cli('ci:config:unset NODE_ENV -p billing-api'))
    const [pipeline] = await api<{ id: string }[]>('/pipelines?eq[name]=billing-api')
    expect(
      await api<Record<string, string>>(`/pipelines/${pipeline!.id}/stage/test/config-vars`),
    ).toEqual({ DATABASE_URL: 'postgres://ci/test' })
  })

  it('rolls back to the release before the current one', async () => {
    const current = await newestRelease('billing-api-staging')
    const rolled = await cli('rollback -a billing-api-staging')
    expectDone(rolled)
    expect(rolled.output).toContain(
      `Rolling back billing-api-staging to v${current.version - 1}... done, v${current.version + 1}`,
    )
    expect(await newestRelease('billing-api-staging')).toMatchObject({
      version: current.version + 1,
      description: `Rollback to v${current.version - 1}`,
    })
  })

  it("shows the person's apps, an app's add-ons, dynos and config vars", async () => {
    const apps = await cli('apps')
    expectDone(apps)
    expect(apps.stdout).toContain('=== ada@northwind.dev Apps')
    expect(apps.stdout).toMatch(/^marketing-site$/m)
    expect(apps.stdout).toMatch(/storefront-dev\s+marcus@northwind\.dev/) // collaborated
    expect((await cli('apps -t northwind')).stdout).toMatch(/^billing-api$/m)

    const info = await cli('apps:info -a billing-api')
    expectDone(info)
    expect(info.stdout).toMatch(/Addons:\s+heroku-postgresql:essential-0/)
    expect(info.stdout).toMatch(/Pipeline:\s+billing-api - production/)
    expect(info.stdout).toMatch(/Dynos:\s+web: \d+/)

    const ps = await cli('ps -a billing-api')
    expectDone(ps)
    expect(ps.stdout).toMatch(/=== web \(\S+\): .+ \(\d+\)/)
    expect(ps.stdout).toMatch(/^web\.1: up /m)

    const release = await cli('releases:info -a billing-api-dev')
    expectDone(release)
    expect(release.stdout).toMatch(/Eligible for Rollback\?:\s+Yes/)
    expect(release.stdout).toMatch(/LOG_LEVEL:\s+info/)
    expect(release.stdout).toMatch(/DATABASE_URL:\s+postgres:\/\//)
  })

  it('retries the release phase of the current release', async () => {
    const current = await newestRelease('billing-api')
    const retried = await cli('releases:retry -a billing-api')
    expectDone(retried)
    expect(retried.output).toContain(`Retrying v${current.version} on billing-api... done`)
    expect(await newestRelease('billing-api')).toMatchObject({
      version: current.version + 1,
      description: `Retry of v${current.version}: ${current.description}`,
      slug: current.slug,
    })
  })

  it('refuses, in Heroku words, what the person may not do and a key it does not know', async () => {
    const viewer = await cli('pipelines:promote -a billing-api-dev', DEMO_KEYS.priya)
    expect(viewer.code).not.toBe(0)
    expect(viewer.output).toContain('You need the deploy permission on billing-api-staging')

    // curl -n sends the key as HTTP Basic's password, which Heroku takes too.
    const basic = await api<{ email: string }>('/account', {
      authorization: `Basic ${btoa(`:${DEMO_KEYS.marcus}`)}`,
    })
    expect(basic.email).toBe('marcus@northwind.dev')

    const stranger = await cli('pipelines', 'not-a-key')
    expect(stranger.code).not.toBe(0)
    expect(stranger.output).toContain('The token provided to HEROKU_API_KEY is invalid')
  })

  it('transfers the pipeline and its apps to a team', async () => {
    const moved = await cli('pipelines:transfer northwind -p cli-flow -c cli-flow')
    expectDone(moved)
    expect(moved.output).toContain('Transferring cli-flow pipeline to the northwind team... done')
    const [pipeline] = await api<{ owner: { type: string } }[]>('/pipelines?eq[name]=cli-flow')
    expect(pipeline?.owner.type).toBe('team')
    const app = await api<{ owner: { email: string } }>('/apps/reports-worker')
    expect(app.owner.email).toBe('northwind@herokumanager.com')
    expect((await cli('pipelines:info cli-flow')).stdout).toContain('owner: northwind (team)')
  })

  it("gives a person's app to the team, as apps:transfer does", async () => {
    const moved = await cli('apps:transfer northwind -a storefront-dev')
    expectDone(moved)
    expect(moved.output).toContain('Transferring storefront-dev to northwind... done')
    const app = await api<{ owner: { email: string } }>('/apps/storefront-dev')
    expect(app.owner.email).toBe('northwind@herokumanager.com')
  })

  it('renames the pipeline, keeps it across a restart, and destroys it', async () => {
    expect((await cli('pipelines:rename cli-flow cli-flow-2')).output).toContain(
      'Renaming cli-flow pipeline to cli-flow-2... done',
    )

    await sandbox.stop()
    sandbox = await startSandbox(join(scratch, 'state.json'))
    const info = await cli('pipelines:info cli-flow-2')
    expectDone(info)
    expect(info.stdout).toMatch(/ada-scratchpad\s+production/)

    expect((await cli('pipelines:destroy cli-flow-2')).output).toContain(
      'Destroying cli-flow-2 pipeline... done',
    )
    expect(await api('/pipelines?eq[name]=cli-flow-2')).toEqual([])
  })
})
