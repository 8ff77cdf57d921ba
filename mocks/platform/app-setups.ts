/**
 * App setups (`POST /app-setups`, which `heroku pipelines:setup` sends twice): an app made from a
 * source tarball, optionally coupled to a pipeline's stage. The app exists at once; its build
 * takes as long as a review app's, then the setup has `succeeded`, or `failed` with the build's
 * words. Heroku also reads the tarball's app.json (add-ons, scripts, env); the mock reads no
 * tarball, so every setup has an empty manifest and no postdeploy script.
 */
import { requireAppPermission, requirePipelineManager, teamRole } from './access'
import { buildAndRelease, buildDuration, createCoupledApp } from './app-builds'
import { forbidden, invalidParams, notFound } from './errors'
import { archivedCommit } from './sources'
import { isoTimestamp } from './time'
import { APP_NAME_PATTERN, requirePipeline, requireTeam, type Platform } from './store'
import { STAGES, type AppSetupRecord, type Stage } from './types'

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

/**
 * The new app's name: the one asked for, or one made up as Heroku does when none is given. The
 * mock's wording for a taken or malformed name is its own: Heroku documents neither.
 */
function appName(platform: Platform, asked: unknown): string {
  const taken = new Set(Object.values(platform.state.apps).map((app) => app.name))
  if (typeof asked === 'string') {
    if (!APP_NAME_PATTERN.test(asked)) {
      throw invalidParams(
        'Name must start with a letter, end with a letter or digit and can only contain lowercase letters, digits, and dashes.',
      )
    }
    if (taken.has(asked)) throw invalidParams(`Name ${asked} is already taken`)
    return asked
  }
  for (let n = 1; ; n += 1) {
    const name = `app-setup-${n}`
    if (!taken.has(name)) return name
  }
}

/** A team the caller belongs to (and may create apps in), or the caller when none is named. */
function ownerOf(platform: Platform, app: Record<string, unknown>) {
  if (typeof app.organization !== 'string') return platform.actor()
  const team = requireTeam(platform, app.organization)
  const role = teamRole(platform, team.id, platform.actor().id)
  if (role === 'admin' || role === 'member') return team
  throw forbidden(`You cannot create apps in ${team.name}.`)
}

/**
 * `pipeline_coupling`, which the CLI sends though the schema does not declare it (REFERENCE
 * §2.20): the pipeline must be one the caller manages, and the stage one Heroku knows.
 */
function couplingOf(platform: Platform, coupling: unknown) {
  if (coupling === undefined) return null
  const { pipeline, stage } = asRecord(coupling)
  const found = requirePipeline(platform, typeof pipeline === 'string' ? pipeline : '', {
    byName: false,
  })
  requirePipelineManager(platform, found)
  if (!STAGES.includes(stage as Stage)) {
    throw invalidParams(`Stage must be one of ${STAGES.join(', ')}.`)
  }
  return { pipelineId: found.id, stage: stage as Stage }
}

/** `POST /app-setups {source_blob: {url}, app?, pipeline_coupling?}`. */
export function createAppSetup(platform: Platform, body: Record<string, unknown>) {
  const { url } = asRecord(body.source_blob)
  if (typeof url !== 'string' || url.trim() === '') {
    throw invalidParams('source_blob.url is required.')
  }
  const appAsked = asRecord(body.app)
  const name = appName(platform, appAsked.name)
  const owner = ownerOf(platform, appAsked)
  const coupling = couplingOf(platform, body.pipeline_coupling)
  const archived = archivedCommit(url)
  const pipelineRepo = coupling ? platform.state.pipelineRepos[coupling.pipelineId] : undefined
  const app = createCoupledApp(platform, {
    name,
    owner,
    coupling,
    repo: archived?.repo ?? pipelineRepo ?? null,
  })
  const at = platform.timestamp()
  const setup: AppSetupRecord = {
    id: platform.newId(),
    appId: app.id,
    appName: app.name,
    status: 'pending',
    failure_message: null,
    created_at: at,
    updated_at: at,
    commit: archived?.sha ?? null,
    creatorId: platform.actor().id,
    doneAt: platform.now() + buildDuration(platform),
  }
  platform.state.appSetups[setup.id] = setup
  platform.markDirty()
  return setup
}

/** `GET /app-setups/{id}`: for whoever asked for it, or may see its app. */
export function requireAppSetup(platform: Platform, id: string) {
  const setup = platform.state.appSetups[id]
  if (!setup) throw notFound('app setup')
  const app = platform.state.apps[setup.appId]
  if (setup.creatorId !== platform.actor().id) {
    if (!app) throw notFound('app setup')
    requireAppPermission(platform, app, 'view')
  }
  return setup
}

/** Ends every build whose time has come, as the person who asked for it. Called before requests. */
export function advanceAppSetups(platform: Platform): void {
  const due = Object.values(platform.state.appSetups).filter(
    (setup) => setup.doneAt !== null && setup.doneAt <= platform.now(),
  )
  for (const setup of due) {
    const builtAt = setup.doneAt ?? platform.now()
    setup.doneAt = null
    setup.updated_at = isoTimestamp(builtAt)
    const app = platform.state.apps[setup.appId]
    const failure = app
      ? platform.actingAs(setup.creatorId, () =>
          buildAndRelease(platform, app, setup.commit, builtAt),
        )
      : 'The app was deleted while it was being built.'
    setup.status = failure === null ? 'succeeded' : 'failed'
    setup.failure_message = failure
  }
  if (due.length > 0) platform.markDirty()
}
