import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { pageModules } from '@/app/router'
import { mockApi } from './mock-api'

// `find*` waits up to 1 s by default. A board's first render is a cascade: some twenty answers
// from the mocked API, each re-rendering cards in jsdom, which React runs in development mode.
// Measured on a 2-core machine: the first card's name appears after about 1.2 s idle, and after
// more than 2.5 s with a Playwright run and a second Vitest run beside it. 10 s fits such a
// machine with room to spare; a real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 })

// jsdom lays nothing out, so it has no ResizeObserver: sizes never change there. Long columns
// observe sizes to virtualize; in jsdom every element measures 0, so every card renders.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// Tests talk to the same mocked API as the browser, through MSW's Node interception.
beforeAll(() => mockApi.server.listen({ onUnhandledRequest: 'error' }))

// Routes load their page's code lazily. The first import of the board transforms some forty
// files (about 1.5 s here); without this, that lands inside the first test's first `find*`.
beforeAll(() => Promise.all(Object.values(pageModules).map((load) => load())), 60_000)

afterEach(async () => {
  cleanup()
  const offSchema = mockApi.backend.requestProblems.splice(0)
  mockApi.server.resetHandlers()
  await mockApi.backend.reset()
  mockApi.backend.faults.clear()
  // A request Heroku's schema does not declare is a bug in the app, whatever the test checked.
  if (offSchema.length > 0)
    throw new Error(`Requests off Heroku's schema:\n${offSchema.join('\n')}`)
})
afterAll(() => mockApi.server.close())

// A React or library error logged to the console is a failure, not noise.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
})
