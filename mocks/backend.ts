import { FaultList } from './faults'
import { KeptAnswers } from './kept-answers'
import type { StateStorage } from './platform/persistence'
import { Platform, type PlatformTimings } from './platform/store'
import type { PlatformState } from './platform/types'
import { RateLimiter } from './rate-limit'
import type { RequestRefusal } from './unknown-endpoint'
import type { TwoFactorGuard } from './two-factor'
import { buildDemoScenario } from './scenarios/demo'

/** The GitHub token the demo's Heroku account has linked (the format of an OAuth app's token). */
export const DEMO_GITHUB_TOKEN = 'gho_StageboardDemoLinkedToken0000000000'

export type Scenario = (now: number) => PlatformState

export interface BackendOptions {
  storage: StateStorage
  scenario?: Scenario
  now?: () => number
  newId?: () => string
  timings?: Partial<PlatformTimings>
  /**
   * Strict: Heroku's hosts answer 401 `unauthorized` to a request without one of these keys as
   * `Authorization: Bearer <key>`, as the real API does. The demo leaves it out: it needs no key.
   */
  apiKeys?: readonly string[]
  /**
   * Holds every request against the schema (see mocks/request-schema.ts): one that no link
   * declares, or whose body fails its link's schema, is refused and kept in `requestProblems`.
   */
  checkRequest?: (method: string, path: string, body: unknown) => RequestRefusal | null
}

/** The mocked API's server side: the platform, its storage, and the knobs tests turn. */
export interface MockBackend {
  readonly platform: Platform
  readonly faults: FaultList
  readonly rateLimit: RateLimiter
  /** the biggest lists' answers, kept while the state is unchanged */
  readonly kept: KeptAnswers
  /** the keys Heroku's hosts accept; null when any request is let through (the demo) */
  apiKeys: Set<string> | null
  /** changes that need a second factor; null when none does (the demo) */
  twoFactor: TwoFactorGuard | null
  /**
   * The tokens GitHub accepts, its repositories then private: a compare without one answers 404,
   * with an unknown one 401. Null: the repositories are public and anyone may compare (the demo).
   */
  githubTokens: Set<string> | null
  /** what Kolkrabbi's `/account/github/token` gives; null when no GitHub account is linked */
  linkedGithubToken: string | null
  /**
   * Runs one request's work on the platform's newest state and keeps what it changed (see
   * StateStorage): every handler's access to the platform goes through here.
   */
  transact<T>(work: () => T): Promise<T>
  readonly checkRequest: BackendOptions['checkRequest'] | null
  /** requests the schema refused ("POST /pipelines: #/name: …"), for a test to assert none */
  readonly requestProblems: string[]
  /** Puts the scenario's state back, for every tab, and turns the knobs back. */
  reset(): Promise<void>
}

export function createBackend(options: BackendOptions): MockBackend {
  const { storage, scenario = buildDemoScenario } = options
  const now = options.now ?? Date.now
  // Shared storage swaps in the state another tab saved, at this tab's first request.
  const platform = new Platform(scenario(now()), {
    now,
    newId: options.newId,
    timings: options.timings,
  })

  // The knobs tests turn, as the backend was made: `reset` puts them back too.
  const knobs = () => ({
    apiKeys: options.apiKeys ? new Set(options.apiKeys) : null,
    twoFactor: null,
    githubTokens: null,
    linkedGithubToken: DEMO_GITHUB_TOKEN,
  })

  return {
    platform,
    faults: new FaultList(),
    kept: new KeptAnswers(),
    rateLimit: new RateLimiter(now),
    ...knobs(),
    checkRequest: options.checkRequest ?? null,
    requestProblems: [],
    transact: (work) => storage.transact(platform, work),
    reset() {
      Object.assign(this, knobs())
      return storage.transact(platform, () => {
        platform.state = scenario(now())
        platform.markDirty()
      })
    },
  }
}
