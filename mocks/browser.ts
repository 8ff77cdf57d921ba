/** The demo backend in the browser: MSW's service worker answering with the mocked API. */
import { setupWorker } from 'msw/browser'
import { createBackend, type MockBackend } from './backend'
import type { Fault } from './faults'
import { DemoNotices } from './notices'
import { createHandlers } from './handlers/all'
import {
  localStorageSnapshot,
  sharedBrowserStorage,
  unsavedStorage,
  type StorageReport,
} from './platform/persistence'
import { PlatformError } from './platform/errors'
import { pushCommit, type PushInput, type PushReport } from './platform/pushes'
import { isScenarioName, SCENARIOS, type ScenarioName } from './scenarios/all'

export interface DemoBackendControls {
  /** The scenario this page runs, and the others a person may switch to. */
  scenario: ScenarioName
  scenarios: { name: ScenarioName; label: string; persisted: boolean }[]
  /** Reloads the dashboard on another scenario (kept for later visits); unknown names are ignored. */
  switchScenario(name: string): void
  /** Back to the scenario's start, forgetting every change, in every tab. */
  reset(): Promise<void>
  /** Make upcoming requests fail or slow down (see Fault). */
  injectFault(fault: Fault): void
  /** The faults still waiting for a request. */
  faults(): Fault[]
  /** Forgets every fault not yet used. */
  clearFaults(): void
  /** The demo's people, by API key: acting as one, the dashboard may do what they may. */
  accounts(): DemoAccount[]
  /** The key this page sends, or null: the demo's own account, with no key. */
  account: string | null
  /** Reloads the dashboard acting as the person with this key (kept for later visits). */
  switchAccount(key: string): void
  /** What the person must hear about their demo data (not readable, not saved). */
  notices: DemoNotices
  /** A push to a demo repository, as the person this page acts as, and what Heroku does next. */
  simulatePush(push: PushInput): Promise<PushReport>
  backend: MockBackend
}

declare global {
  interface Window {
    /** Faults to install before the first request (Playwright sets it with an init script). */
    __STAGEBOARD_FAULTS__?: Fault[]
    /** The running demo backend, for tests and the curious, from the devtools console. */
    stageboardDemo?: DemoBackendControls
  }
}

const SCENARIO_KEY = 'stageboard:scenario'
const ACCOUNT_KEY = 'stageboard:demo-account'

export interface DemoAccount {
  key: string
  name: string
  email: string
  /** their roles in the platform's teams, in words: "admin" */
  roles: string
}

/** The people whose keys the platform knows, with their roles in its teams. */
function demoAccounts(backend: MockBackend): DemoAccount[] {
  const { apiKeys, users, teamMembers } = backend.platform.state
  return Object.entries(apiKeys).flatMap(([key, userId]) => {
    const user = users[userId]
    if (!user) return []
    const roles = Object.values(teamMembers)
      .filter((member) => member.userId === userId)
      .map((member) => member.role)
      .join(', ')
    return [{ key, name: user.name ?? user.email, email: user.email, roles }]
  })
}

/** `?scenario=large` in the address picks a scenario and remembers it; else the last one picked. */
function chosenScenario(): ScenarioName {
  const asked = new URL(window.location.href).searchParams.get('scenario')
  if (isScenarioName(asked)) {
    window.localStorage.setItem(SCENARIO_KEY, asked)
    return asked
  }
  const remembered = window.localStorage.getItem(SCENARIO_KEY)
  return isScenarioName(remembered) ? remembered : 'demo'
}

/** `apiKeys` makes the backend strict, as Heroku is (keys, and routes): see BackendOptions. */
export async function startDemoBackend(
  options: { apiKeys?: readonly string[] } = {},
): Promise<DemoBackendControls> {
  const name = chosenScenario()
  const scenario = SCENARIOS[name]
  // Playing Heroku strictly, the sandbox also refuses a route Heroku's schema does not declare
  // (the schema's links are loaded for it only: the demo never pays for them).
  const checkRequest = options.apiKeys
    ? (await import('./request-routes')).createRouteChecker()
    : undefined
  const notices = new DemoNotices()
  const report: StorageReport = {
    replaced: (problem, { fresh, kept }) =>
      notices.add(
        'replaced',
        kept
          ? `Your saved demo data could not be read (${problem}). It is left as it is: this tab runs on the demo's original data and saves nothing.`
          : fresh
            ? `Your saved demo data could not be read (${problem}), so the demo started again from its original data.`
            : `The saved demo data could not be read (${problem}), so this tab's copy replaced it.`,
      ),
    unsaved: (reason) =>
      notices.add(
        'unsaved',
        `Your latest demo changes could not be saved (${reason}). They stay in this tab until it is reloaded or another tab saves a change.`,
      ),
    saved: () => notices.dismiss('unsaved'),
  }
  const backend = createBackend({
    apiKeys: options.apiKeys,
    checkRequest,
    // Each scenario keeps its own state, shared by the tabs; the small company's changes from
    // before are taken over from localStorage, where they were kept.
    storage: scenario.persisted
      ? sharedBrowserStorage(
          name,
          name === 'demo'
            ? localStorageSnapshot(window.localStorage, 'stageboard:demo-state')
            : undefined,
          report,
        )
      : unsavedStorage(),
    scenario: scenario.build,
  })
  for (const fault of window.__STAGEBOARD_FAULTS__ ?? []) backend.faults.add(fault)

  const worker = setupWorker(...createHandlers(backend))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })

  const controls: DemoBackendControls = {
    scenario: name,
    scenarios: (Object.keys(SCENARIOS) as ScenarioName[]).map((key) => ({
      name: key,
      label: SCENARIOS[key].label,
      persisted: SCENARIOS[key].persisted,
    })),
    switchScenario: (next) => {
      if (!isScenarioName(next)) return
      window.localStorage.setItem(SCENARIO_KEY, next)
      window.location.assign('/')
    },
    accounts: () => demoAccounts(backend),
    account: window.localStorage.getItem(ACCOUNT_KEY),
    switchAccount: (key) => {
      window.localStorage.setItem(ACCOUNT_KEY, key)
      window.location.reload()
    },
    reset: () => backend.reset(),
    simulatePush: async (push) => {
      const key = window.localStorage.getItem(ACCOUNT_KEY)
      try {
        return await backend.transact(() => {
          const { platform } = backend
          const userId = key ? (platform.state.apiKeys[key] ?? null) : null
          return platform.actingAs(userId, () => pushCommit(platform, push))
        })
      } catch (error) {
        // The platform's refusal, in its words, as any error the page shows.
        if (error instanceof PlatformError) throw new Error(error.message)
        throw error
      }
    },
    injectFault: (fault) => backend.faults.add(fault),
    faults: () => backend.faults.list(),
    clearFaults: () => backend.faults.clear(),
    notices,
    backend,
  }
  window.stageboardDemo = controls
  return controls
}
