/**
 * What runs an app, as Heroku shows it: its dynos, its add-ons and its config vars. The mock keeps
 * none of them as records. The demo never changes them, so each is worked out from the state
 * when asked: dynos from the formation and the current release, add-ons from the current
 * release's plans, config vars from a release's add-ons and the settings its history made. Their
 * ids come from what they are, so they stay the same from one answer to the next.
 */
import { seededBy } from './random'
import { appReleases, currentRelease } from './releases'
import type { Platform } from './store'
import type { AppRecord, FormationRecord, ReleaseRecord } from './types'

/**
 * The `release` process type of an app whose Procfile has one. Heroku lists it in the formation
 * with no dynos (it runs once per release, not all the time); the CLI's `releases:retry` looks for
 * it there before it retries a release phase.
 */
export function releaseProcess(platform: Platform, app: AppRecord): FormationRecord | null {
  if (!app.releasePhase) return null
  const web = Object.values(platform.state.formations).find(
    (formation) => formation.appId === app.id && formation.type === 'web',
  )
  return {
    id: seededBy(app.id, 'release').uuid(),
    appId: app.id,
    type: 'release',
    command: app.releasePhase.command,
    quantity: 0,
    size: web?.size ?? 'Standard-1X',
    created_at: app.created_at,
    updated_at: app.created_at,
  }
}

/** One dyno per unit of the formation, all up and running the current release (none before one). */
export function appDynos(platform: Platform, app: AppRecord) {
  const release = currentRelease(platform, app.id)
  if (!release?.slugId) return []
  const formations = Object.values(platform.state.formations).filter((f) => f.appId === app.id)
  return formations.flatMap((formation) =>
    Array.from({ length: formation.quantity }, (_, index) => {
      const name = `${formation.type}.${index + 1}`
      return {
        attach_url: null,
        command: formation.command,
        created_at: release.created_at,
        id: seededBy(app.id, release.id, name).uuid(),
        name,
        release: { id: release.id, version: release.version },
        app: { id: app.id, name: app.name },
        size: formation.size,
        state: 'up',
        type: formation.type,
        updated_at: release.created_at,
      }
    }),
  )
}

/** The config vars an add-on sets on its app, by service. */
const ADDON_CONFIG_VARS: Record<string, string> = {
  'heroku-postgresql': 'DATABASE_URL',
  'heroku-redis': 'REDIS_URL',
  papertrail: 'PAPERTRAIL_API_TOKEN',
}
const configVarOf = (service: string) =>
  ADDON_CONFIG_VARS[service] ?? `${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`

const ADJECTIVES = ['curved', 'rigid', 'shaped', 'fluffy', 'silent', 'regular', 'clean', 'tapered']

/** The add-ons of the current release's plans ("heroku-postgresql:essential-0"). */
export function appAddons(platform: Platform, app: AppRecord) {
  const release = currentRelease(platform, app.id)
  return (release?.addon_plan_names ?? []).map((planName) => {
    const service = planName.split(':')[0] ?? planName
    const random = seededBy(app.id, planName)
    const id = random.uuid()
    const name = `${service.replace(/^heroku-/, '')}-${random.pick(ADJECTIVES)}-${10_000 + random.int(90_000)}`
    return {
      actions: [],
      addon_service: { id: seededBy(service).uuid(), name: service },
      billing_entity: { id: app.id, name: app.name, type: 'app' },
      app: { id: app.id, name: app.name },
      billed_price: { cents: 0, contract: false, unit: 'month' },
      config_vars: [configVarOf(service)],
      created_at: app.created_at,
      id,
      name,
      plan: { id: seededBy(planName).uuid(), name: planName },
      provider_id: random.uuid(),
      provision_message: 'Provisioned with the app.',
      state: 'provisioned',
      updated_at: app.created_at,
      web_url: `https://addons-sso.heroku.com/apps/${app.id}/addons/${id}`,
    }
  })
}

/** A made-up secret of the add-on's kind: the same for one app and add-on every time. */
function addonValue(app: AppRecord, variable: string) {
  const random = seededBy(app.id, variable)
  const token = random.sha().slice(0, 32)
  if (variable === 'DATABASE_URL')
    return `postgres://u${token.slice(0, 12)}:p${token.slice(12)}@c${token.slice(0, 8)}.cluster.compute-1.amazonaws.com:5432/d${token.slice(20)}`
  if (variable === 'REDIS_URL')
    return `rediss://:p${token}@ec2-${random.int(255)}-${random.int(255)}.compute-1.amazonaws.com:6379`
  return token
}

/** "Set LOG_LEVEL, FEATURE_X config vars": the names a release's description says it set. */
const SET_VARS = /^Set (.+) config vars$/

/**
 * The config vars as they were at `release`: its add-ons' and those the releases up to it set.
 * A setting's value is not in its description; the demo's are log levels and flags.
 */
export function configVarsAt(platform: Platform, app: AppRecord, release: ReleaseRecord) {
  const vars: Record<string, string> = {}
  for (const planName of release.addon_plan_names) {
    const variable = configVarOf(planName.split(':')[0] ?? planName)
    vars[variable] = addonValue(app, variable)
  }
  for (const earlier of appReleases(platform, app.id)) {
    if (earlier.version > release.version) break
    const names = SET_VARS.exec(earlier.description)?.[1]?.split(/,\s*/) ?? []
    for (const name of names) vars[name] = name === 'LOG_LEVEL' ? 'info' : 'true'
  }
  return vars
}
