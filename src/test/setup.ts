import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { mockApi } from './mock-api'

// Tests talk to the same mocked API as the browser, through MSW's Node interception.
beforeAll(() => mockApi.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  mockApi.server.resetHandlers()
  mockApi.backend.reset()
  mockApi.backend.faults.clear()
})
afterAll(() => mockApi.server.close())

// A React or library error logged to the console is a failure, not noise.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
})
