import { expect, it, vi } from 'vitest'
import { createValueStore } from './value-store'

it('holds a value and tells its subscribers when it is set, until they leave', () => {
  const store = createValueStore<string | null>(null)
  const heard = vi.fn()
  const leave = store.subscribe(heard)
  expect(store.get()).toBeNull()

  store.set('a')
  expect(store.get()).toBe('a')
  expect(heard).toHaveBeenCalledTimes(1)

  leave()
  store.set('b')
  expect(store.get()).toBe('b')
  expect(heard).toHaveBeenCalledTimes(1)
})
