import type { PlatformState } from '../platform/types'
import type { ScenarioName } from '../scenarios/all'
import { DEMO_KEYS } from '../scenarios/demo'

/**
 * The large scenario's one account, Rosa. Its browser demo needs no key (it has no account switch);
 * the sandbox asks for one, as Heroku does. Given here rather than in the scenario, so the
 * browser's demo of it stays as it is.
 */
export const LARGE_ACCOUNT_KEY = 'demo-key-rosa'

/** The scenario's state, with the key the sandbox accepts for its account where it has none. */
export function withSandboxKeys(scenario: ScenarioName, state: PlatformState): PlatformState {
  return scenario === 'large'
    ? { ...state, apiKeys: { ...state.apiKeys, [LARGE_ACCOUNT_KEY]: state.accountId } }
    : state
}

/**
 * The keys the sandbox accepts: those of the people its state knows, so a key of the other
 * scenario's people is refused as Heroku refuses a stranger's. A state saved before people had
 * keys knows none: the demo's are accepted then, acting as its account holder.
 */
export function sandboxKeys(state: PlatformState): string[] {
  const known = Object.keys(state.apiKeys)
  return known.length > 0 ? known : Object.values(DEMO_KEYS)
}
