import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createPromoteAhead } from './use-promotion-params'

beforeEach(() => {
  vi.useFakeTimers()
  // Frames, as the browser runs them: every 16 ms.
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16))
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

it('opens at once and writes the address once the frame is painted', () => {
  const ahead = createPromoteAhead()
  const heard = vi.fn()
  ahead.subscribe(heard)
  const writeAddress = vi.fn()

  ahead.open('app-1', 'key-1', writeAddress)
  expect(ahead.get()).toEqual({ appId: 'app-1', locationKey: 'key-1' })
  expect(heard).toHaveBeenCalledTimes(1)
  expect(writeAddress).not.toHaveBeenCalled()

  vi.advanceTimersByTime(16)
  expect(writeAddress).not.toHaveBeenCalled()
  vi.advanceTimersByTime(1)
  expect(writeAddress).toHaveBeenCalledTimes(1)
})

it('never writes the address of a dialog closed before it was written', () => {
  const ahead = createPromoteAhead()
  const writeAddress = vi.fn()
  ahead.open('app-1', 'key-1', writeAddress)
  ahead.close('key-1')
  vi.advanceTimersByTime(100)
  expect(writeAddress).not.toHaveBeenCalled()
  // Closed ahead of the address, until the address moves on.
  expect(ahead.get()).toEqual({ appId: null, locationKey: 'key-1' })
  ahead.forget()
  expect(ahead.get()).toBeNull()
})

it('writes only the address of the last press', () => {
  const ahead = createPromoteAhead()
  const first = vi.fn()
  const second = vi.fn()
  ahead.open('app-1', 'key-1', first)
  ahead.open('app-2', 'key-1', second)
  vi.advanceTimersByTime(100)
  expect(first).not.toHaveBeenCalled()
  expect(second).toHaveBeenCalledTimes(1)
})
