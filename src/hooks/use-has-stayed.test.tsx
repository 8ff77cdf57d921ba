import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { useHasStayed } from './use-has-stayed'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

it('says so once the component has stayed mounted long enough, not before', () => {
  const { result } = renderHook(() => useHasStayed(200))
  expect(result.current).toBe(false)
  act(() => {
    vi.advanceTimersByTime(199)
  })
  expect(result.current).toBe(false)
  act(() => {
    vi.advanceTimersByTime(1)
  })
  expect(result.current).toBe(true)
})

it('never says so for a component gone before then', () => {
  const { result, unmount } = renderHook(() => useHasStayed(200))
  act(() => {
    vi.advanceTimersByTime(100)
  })
  unmount()
  expect(result.current).toBe(false)
  expect(vi.getTimerCount()).toBe(0)
})
