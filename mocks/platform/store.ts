import { notFound } from './errors'
import { isoTimestamp } from './time'
import type { AppRecord, PipelineRecord, PlatformState, TeamRecord, UserRecord } from './types'

/** How long the platform takes over asynchronous work, in ms. */
export interface PlatformTimings {
  /** from a promotion's creation to the release on its first target; later targets follow */
  promotionStep: number
  /** how long a release command runs */
  releasePhase: number
  /** a review app's steps: asked for → its app made; building takes twice this; deleting */
  reviewAppStep: number
  /** a test run's steps: pending → creating → building (twice this) → running (twice) → done */
  testRunStep: number
}

export const RELEASE_OUTPUT = 'https://release-output.heroku.com'

export const DEFAULT_TIMINGS: PlatformTimings = {
  promotionStep: 700,
  releasePhase: 2500,
  reviewAppStep: 1500,
  testRunStep: 1000,
}

export interface PlatformOptions {
  /** the platform's clock, epoch ms; tests pass a fake one to step through release phases */
  now?: () => number
  newId?: () => string
  timings?: Partial<PlatformTimings>
}

/**
 * The mocked Heroku platform: its state plus the clock and id source the operations use.
 * Operations live beside this file (pipelines.ts, releases.ts, promotions.ts, ...) and take the
 * platform as their first argument; they throw PlatformError when Heroku would refuse.
 */
export class Platform {
  #state: PlatformState
  readonly now: () => number
  readonly newId: () => string
  readonly timings: PlatformTimings
  /** set by every write; the HTTP layer persists the state and clears it */
  dirty = false
  /**
   * Counts the state's changes: every write (`markDirty`) and every swap of the whole state (a
   * reset, another tab's save). An answer made from the state holds while this is unchanged.
   */
  revision = 0
  /** set by every read of the clock; the HTTP layer clears it to learn whether an answer did */
  clockRead = false
  /**
   * Who the request being answered comes from (its API key's user); null for the account. Set by
   * the HTTP layer around one request's work, which runs to its end without yielding.
   */
  actorId: string | null = null
  /**
   * Where release output streams are served: the host of Heroku's own `output_stream_url`s (the
   * schema's example), which the browser's mock answers. The sandbox serves them itself, at its
   * own address (the CLI reads them with a client that takes no proxy).
   */
  outputOrigin = RELEASE_OUTPUT
  /**
   * The same, for clients that read their streams in TLS only: the CLI reads a CI test node's
   * output with Node's `https.get`. The sandbox serves HTTPS at its own address for them.
   */
  secureOutputOrigin = RELEASE_OUTPUT

  constructor(state: PlatformState, options: PlatformOptions = {}) {
    this.#state = state
    const clock = options.now ?? Date.now
    this.now = () => {
      this.clockRead = true
      return clock()
    }
    this.newId = options.newId ?? (() => crypto.randomUUID())
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings }
  }

  get state(): PlatformState {
    return this.#state
  }

  set state(next: PlatformState) {
    this.#state = next
    this.revision += 1
  }

  timestamp(): string {
    return isoTimestamp(this.now())
  }

  markDirty(): void {
    this.dirty = true
    this.revision += 1
  }

  /** The caller: the user whose key the request carries, or the account. */
  actor(): UserRecord {
    return requireUser(this, '~')
  }

  /** Runs work as a user, or as the account (null). */
  actingAs<T>(userId: string | null, work: () => T): T {
    const before = this.actorId
    this.actorId = userId
    try {
      return work()
    } finally {
      this.actorId = before
    }
  }
}

export const APP_NAME_PATTERN = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/
export const PIPELINE_NAME_PATTERN = /^[a-z][a-z0-9-]{2,29}$/
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: string) => UUID_PATTERN.test(value)

/** `{app_identity}`: an app's id or its name. */
export function findApp(platform: Platform, identity: string): AppRecord | undefined {
  const { apps } = platform.state
  return apps[identity] ?? Object.values(apps).find((app) => app.name === identity)
}

export function requireApp(platform: Platform, identity: string): AppRecord {
  const app = findApp(platform, identity)
  if (!app) throw notFound('app')
  return app
}

/** `PATCH` and `DELETE /pipelines/{id}` take the id only; `GET` also takes the name. */
export function requirePipeline(
  platform: Platform,
  identity: string,
  { byName }: { byName: boolean },
): PipelineRecord {
  const { pipelines } = platform.state
  const pipeline =
    pipelines[identity] ??
    (byName ? Object.values(pipelines).find((p) => p.name === identity) : undefined)
  if (!pipeline) throw notFound('pipeline')
  return pipeline
}

/** `{team_identity}`: a team's name or id. */
export function requireTeam(platform: Platform, identity: string): TeamRecord {
  const { teams } = platform.state
  const team = teams[identity] ?? Object.values(teams).find((t) => t.name === identity)
  if (!team) throw notFound('team')
  return team
}

/**
 * Who an app belongs to, as the app records it: a team's apps are the team's, shown as
 * <team>@herokumanager.com as Heroku shows them; a person's are theirs.
 */
export function ownership(owner: TeamRecord | UserRecord): Pick<AppRecord, 'owner' | 'team'> {
  return 'email' in owner
    ? { owner: { id: owner.id, email: owner.email }, team: null }
    : {
        owner: { id: owner.id, email: `${owner.name}@herokumanager.com` },
        team: { id: owner.id, name: owner.name },
      }
}

/** `{account_identity}`: an email, an id, or `~` for the caller. */
export function requireUser(platform: Platform, identity: string): UserRecord {
  const { users, accountId } = platform.state
  const id = identity === '~' ? (platform.actorId ?? accountId) : identity
  const user = users[id] ?? Object.values(users).find((u) => u.email === identity)
  if (!user) throw notFound('user')
  return user
}

export function currentUser(platform: Platform): UserRecord {
  return platform.actor()
}
