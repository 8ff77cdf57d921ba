import { FaultList } from './faults'
import type { StateStorage } from './platform/persistence'
import { Platform, type PlatformTimings } from './platform/store'
import type { PlatformState } from './platform/types'
import { RateLimiter } from './rate-limit'
import { buildDemoScenario } from './scenarios/demo'

export type Scenario = (now: number) => PlatformState

export interface BackendOptions {
  storage: StateStorage
  scenario?: Scenario
  now?: () => number
  newId?: () => string
  timings?: Partial<PlatformTimings>
}

/** The mocked API's server side: the platform, its storage, and the knobs tests turn. */
export interface MockBackend {
  readonly platform: Platform
  readonly faults: FaultList
  readonly rateLimit: RateLimiter
  persistIfChanged(): void
  /** Puts the scenario's state back and forgets the saved one. */
  reset(): void
}

export function createBackend(options: BackendOptions): MockBackend {
  const { storage, scenario = buildDemoScenario } = options
  const now = options.now ?? Date.now
  const initial = storage.load() ?? scenario(now())
  const platform = new Platform(initial, { now, newId: options.newId, timings: options.timings })
  storage.save(platform.state)

  return {
    platform,
    faults: new FaultList(),
    rateLimit: new RateLimiter(now),
    persistIfChanged() {
      if (!platform.dirty) return
      storage.save(platform.state)
      platform.dirty = false
    },
    reset() {
      storage.clear()
      platform.state = scenario(now())
      storage.save(platform.state)
      platform.dirty = false
    },
  }
}
