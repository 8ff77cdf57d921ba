import type { PlatformState } from '../platform/types'
import { buildDemoScenario } from './demo'
import { buildLargeScenario } from './large'

export interface ScenarioEntry {
  label: string
  build: (now: number) => PlatformState
  /**
   * Whether changes are kept in the browser between loads. The large scenario's state is about
   * 6 MB of JSON: more than localStorage holds, and too much to write after every change.
   */
  persisted: boolean
}

/** The demo backend's scenarios, chosen with `?scenario=<name>` or the header's switch. */
export const SCENARIOS = {
  demo: { label: 'Small company', build: buildDemoScenario, persisted: true },
  large: { label: 'Large: 2,000 apps', build: buildLargeScenario, persisted: false },
} satisfies Record<string, ScenarioEntry>

export type ScenarioName = keyof typeof SCENARIOS

export const isScenarioName = (name: string | null): name is ScenarioName =>
  name !== null && Object.hasOwn(SCENARIOS, name)
