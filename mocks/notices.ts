/**
 * What the demo backend has to tell the person about their demo data (it could not be read, or
 * not saved), for the dashboard to show until dismissed. A store React reads with
 * `useSyncExternalStore`: `current()` returns the same array until something changes.
 */
export interface DemoNotice {
  id: string
  message: string
}

export class DemoNotices {
  private notices: DemoNotice[] = []
  private readonly listeners = new Set<() => void>()

  /** Adds a notice, unless the same one is already shown (each failed save would repeat it). */
  add(id: string, message: string): void {
    if (this.notices.some((notice) => notice.id === id)) return
    this.notices = [...this.notices, { id, message }]
    this.changed()
  }

  dismiss(id: string): void {
    if (!this.notices.some((notice) => notice.id === id)) return
    this.notices = this.notices.filter((notice) => notice.id !== id)
    this.changed()
  }

  current = (): DemoNotice[] => this.notices

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed() {
    for (const listener of this.listeners) listener()
  }
}
