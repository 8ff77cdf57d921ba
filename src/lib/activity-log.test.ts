import { describe, expect, it } from 'vitest'
import {
  appendChange,
  EVENT_PREFIX,
  eventKey,
  eventValue,
  LOG_SIZE,
  parseLog,
  type Logged,
} from './activity-log'

const move = (at: string): Logged => ({
  kind: 'move',
  app: 'shop-staging',
  appId: 'app-1',
  from: 'development',
  to: 'staging',
  by: 'ada@example.com',
  at,
})

describe('the activity log kept in config vars', () => {
  it('names each event by its time, so names sort as times do, with a tail against collisions', () => {
    const early = eventKey(Date.parse('2026-12-01T10:00:00Z'), () => 0.5)
    const late = eventKey(Date.parse('2026-12-01T10:00:01Z'), () => 0)
    expect(early).toMatch(/^STAGEBOARD_EVENT_[0-9A-Z]+_[0-9A-Z]{6}$/)
    expect(early < late).toBe(true)
    expect(eventKey(0, () => 0.1)).not.toBe(eventKey(0, () => 0.2))
  })

  it('reads back what it wrote, newest first, and skips what is not an event', () => {
    const vars = {
      [`${EVENT_PREFIX}A`]: eventValue(move('2026-12-01T10:00:00Z')),
      [`${EVENT_PREFIX}B`]: eventValue({
        kind: 'locked',
        scope: 'production',
        reason: 'incident #231',
        by: 'ada@example.com',
        at: '2026-12-01T11:00:00Z',
      }),
      [`${EVENT_PREFIX}C`]: 'not json',
      [`${EVENT_PREFIX}D`]: JSON.stringify({ kind: 'move', by: 'x', at: 'yesterday' }),
      [`${EVENT_PREFIX}E`]: JSON.stringify({
        kind: 'launched',
        by: 'x',
        at: '2026-12-01T12:00:00Z',
      }),
      STAGEBOARD_LOCK_PRODUCTION: '{"reason":"incident #231"}',
      DATABASE_URL: 'postgres://…',
    }
    const log = parseLog(vars)
    expect(log.map(({ key }) => key)).toEqual([`${EVENT_PREFIX}B`, `${EVENT_PREFIX}A`])
    expect(log[1]?.event).toEqual(move('2026-12-01T10:00:00Z'))
  })

  it('adds an event and, once full, removes the oldest in the same change', () => {
    const full = Object.fromEntries(
      Array.from({ length: LOG_SIZE }, (_, i) => [
        `${EVENT_PREFIX}${String(i).padStart(3, '0')}`,
        eventValue(move(new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString())),
      ]),
    )
    const change = appendChange(full, move('2026-12-02T00:00:00Z'), `${EVENT_PREFIX}999`)
    expect(change).toEqual({
      [`${EVENT_PREFIX}000`]: null,
      [`${EVENT_PREFIX}999`]: eventValue(move('2026-12-02T00:00:00Z')),
    })
    expect(Object.keys(appendChange({}, move('2026-12-02T00:00:00Z'), 'K'))).toEqual(['K'])
    expect(Object.keys(appendChange(undefined, move('2026-12-02T00:00:00Z'), 'K'))).toEqual(['K'])
  })
})
