import { afterEach, expect, it, vi } from 'vitest'
import { TabSharedQueryClient } from './tab-shared-query-client'

const couplings = ['pipeline-couplings', 'of-pipeline', 'p1'] as const
const slug = ['slugs', 'detail', 's1'] as const

const opened: TabSharedQueryClient[] = []
/** A tab's query client on the channel every tab of the test shares. */
function tab(channel: string) {
  const client = new TabSharedQueryClient(channel)
  client.setQueryData(couplings, ['development'])
  client.setQueryData(slug, { commit: 'abc' })
  opened.push(client)
  return client
}
afterEach(() => {
  for (const client of opened.splice(0)) client.close()
})

const isStale = (client: TabSharedQueryClient, key: readonly string[]) =>
  client.getQueryState(key)?.isInvalidated === true

it('makes stale in the other tabs what a change made stale here, and only that', async () => {
  const [here, there, elsewhere] = [tab('a'), tab('a'), tab('b')]
  await here.invalidateQueries({ queryKey: ['pipeline-couplings'] })

  await vi.waitFor(() => expect(isStale(there, couplings)).toBe(true))
  expect(isStale(there, slug)).toBe(false)
  // Another backend's tab (another channel) has other data: it is left alone.
  expect(isStale(elsewhere, couplings)).toBe(false)
})

it("waits for a tab's own change to settle before making its answers stale", async () => {
  const [here, there] = [tab('c'), tab('c')]
  let finish = () => {}
  const change = there
    .getMutationCache()
    .build(there, { mutationFn: () => new Promise<void>((resolve) => (finish = resolve)) })
  const settled = change.execute(undefined)

  await here.invalidateQueries({ queryKey: couplings })
  // Long enough for the message to arrive: it is held while the change is on its way.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(isStale(there, couplings)).toBe(false)

  finish()
  await settled
  await vi.waitFor(() => expect(isStale(there, couplings)).toBe(true))
})

it('resets every tab when one resets (the demo data put back)', async () => {
  const [here, there] = [tab('d'), tab('d')]
  await here.resetQueries()
  await vi.waitFor(() => expect(there.getQueryData(slug)).toBeUndefined())
  expect(there.getQueryData(couplings)).toBeUndefined()
})
