import {
  QueryClient,
  type InvalidateOptions,
  type InvalidateQueryFilters,
  type QueryClientConfig,
  type QueryKey,
  type ResetOptions,
  type QueryFilters,
} from '@tanstack/react-query'

/** What one tab tells the others: these answers are stale, or everything is (a demo reset). */
export type TabMessage = { kind: 'stale'; keys: QueryKey[] } | { kind: 'reset' }

/**
 * A query client whose changes the dashboard's other tabs see. Every change refreshes what it
 * touched by invalidating its queries (a move its couplings, a promotion its targets' releases);
 * each key invalidated here is sent to the other tabs on the same backend, which invalidate it too
 * and ask again for what they show. A demo reset resets every tab.
 *
 * Only keys travel, never answers: each tab asks the API, the one truth, for itself. A tab with
 * a change of its own on the way waits for it to settle first, so a refetch cannot drag its
 * optimistic card back for a moment.
 */
export class TabSharedQueryClient extends QueryClient {
  readonly #channel: BroadcastChannel
  /** keys to send, gathered for a microtask: one change invalidates several */
  #outgoing: QueryKey[] = []
  /** keys other tabs made stale, waiting for this tab's own changes to settle */
  #incoming = new Map<string, QueryKey>()
  readonly #stopWatchingChanges: () => void

  constructor(channelName: string, config?: QueryClientConfig) {
    super(config)
    this.#channel = new BroadcastChannel(channelName)
    this.#channel.onmessage = (event: MessageEvent<TabMessage>) => this.#receive(event.data)
    this.#stopWatchingChanges = this.getMutationCache().subscribe(() => this.#applyIncoming())
  }

  override invalidateQueries<TTaggedQueryKey extends QueryKey = QueryKey>(
    filters?: InvalidateQueryFilters<TTaggedQueryKey>,
    options?: InvalidateOptions,
  ): Promise<void> {
    if (filters?.queryKey) this.#send(filters.queryKey)
    return super.invalidateQueries(filters, options)
  }

  override resetQueries<TTaggedQueryKey extends QueryKey = QueryKey>(
    filters?: QueryFilters<TTaggedQueryKey>,
    options?: ResetOptions,
  ): Promise<void> {
    if (!filters) this.#channel.postMessage({ kind: 'reset' } satisfies TabMessage)
    return super.resetQueries(filters, options)
  }

  /** Stops listening to the other tabs (a test's clean-up; a page simply closes). */
  close() {
    this.#stopWatchingChanges()
    this.#channel.close()
  }

  #send(key: QueryKey) {
    if (this.#outgoing.push(key) > 1) return
    queueMicrotask(() => {
      const keys = this.#outgoing
      this.#outgoing = []
      this.#channel.postMessage({ kind: 'stale', keys } satisfies TabMessage)
    })
  }

  #receive(message: TabMessage) {
    if (message.kind === 'reset') {
      void super.resetQueries()
      return
    }
    for (const key of message.keys) this.#incoming.set(JSON.stringify(key), key)
    this.#applyIncoming()
  }

  #applyIncoming() {
    if (this.#incoming.size === 0 || this.isMutating() > 0) return
    const keys = [...this.#incoming.values()]
    this.#incoming.clear()
    // The parent's method: what another tab made stale is not sent on again.
    for (const queryKey of keys) void super.invalidateQueries({ queryKey })
  }
}
