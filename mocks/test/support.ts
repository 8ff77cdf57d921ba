/** Test helpers for the pure model: a fake clock, counter ids, and lookups into the demo. */
import { PlatformError } from '../platform/errors'
import { Platform, findApp, type PlatformTimings } from '../platform/store'
import type { AppRecord, PipelineRecord, PlatformState } from '../platform/types'
import { buildDemoScenario } from '../scenarios/demo'

export const T0 = Date.parse('2026-11-21T12:00:00Z')

/** Round numbers, so a test can say exactly when each step of a promotion is due. */
export const TIMINGS: PlatformTimings = {
  promotionStep: 1_000,
  releasePhase: 3_000,
  reviewAppStep: 2_000,
  testRunStep: 1_000,
}

export interface FakeClock {
  now: () => number
  advance: (ms: number) => void
}

export function fakeClock(start = T0): FakeClock {
  let t = start
  return {
    now: () => t,
    advance: (ms) => {
      t += ms
    },
  }
}

/** 00000000-0000-4000-8000-000000000001, ...: counted, yet shaped like a v4 UUID. */
export function counterIds(): () => string {
  let n = 0
  return () => {
    n += 1
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export function testPlatform(build: (now: number) => PlatformState = buildDemoScenario) {
  const clock = fakeClock()
  const platform = new Platform(build(clock.now()), {
    now: clock.now,
    newId: counterIds(),
    timings: TIMINGS,
  })
  return { platform, clock }
}

export function appNamed(platform: Platform, name: string): AppRecord {
  const app = findApp(platform, name)
  if (!app) throw new Error(`no app ${name} in the scenario`)
  return app
}

export function pipelineNamed(platform: Platform, name: string): PipelineRecord {
  const pipeline = Object.values(platform.state.pipelines).find((p) => p.name === name)
  if (!pipeline) throw new Error(`no pipeline ${name} in the scenario`)
  return pipeline
}

/** Runs an operation the platform should refuse and returns the refusal. */
export function refusal(action: () => unknown): PlatformError {
  try {
    action()
  } catch (error) {
    if (error instanceof PlatformError) return error
    throw error
  }
  throw new Error('expected the platform to refuse, but it went ahead')
}
