import { describe, expect, it } from 'vitest'
import { api, body, getJson, useMockServer, type ApiInit } from './heroku-client'

const { backend, appId } = useMockServer()

interface Page<T> {
  status: number
  items: T[]
}

/** Follows Next-Range the way Heroku's CLI does, until a 200 ends the list. */
async function collect<T>(path: string, range: string, init: ApiInit = {}) {
  const pages: Page<T>[] = []
  let next: string | null = range
  while (next !== null) {
    if (pages.length > 50) throw new Error('Next-Range never ended')
    const response: Response = await api(path, {
      ...init,
      headers: { ...init.headers, Range: next },
    })
    pages.push({ status: response.status, items: await body<T[]>(response) })
    next = response.headers.get('Next-Range')
    expect(response.status).toBe(next === null ? 200 : 206)
  }
  return { pages, items: pages.flatMap((page) => page.items) }
}

describe('GET /apps/{app}/releases with Range: version ..; max=5, order=desc', () => {
  it('answers 206 with Next-Range and Content-Range for the first page', async () => {
    const response = await api('/apps/billing-api-staging/releases', {
      headers: { Range: 'version ..; max=5, order=desc' },
    })
    expect(response.status).toBe(206)
    const page = await body<{ version: number }[]>(response)
    const newest = backend.platform.state.releases[appId('billing-api-staging')]?.length ?? 0
    expect(page.map((r) => r.version)).toEqual([
      newest,
      newest - 1,
      newest - 2,
      newest - 3,
      newest - 4,
    ])
    expect(response.headers.get('Next-Range')).toBe(`version ]${newest - 4}..; max=5, order=desc`)
    expect(response.headers.get('Content-Range')).toBe(`version ${newest}..${newest - 4}`)
    expect(response.headers.get('Accept-Ranges')).toBe('id, version')
  })

  it('following Next-Range yields every release exactly once, newest first', async () => {
    const { pages, items } = await collect<{ id: string; version: number }>(
      '/apps/billing-api-staging/releases',
      'version ..; max=5, order=desc',
    )
    const count = backend.platform.state.releases[appId('billing-api-staging')]?.length ?? 0
    expect(count).toBeGreaterThan(10)
    expect(items.map((r) => r.version)).toEqual(Array.from({ length: count }, (_, i) => count - i))
    expect(new Set(items.map((r) => r.id)).size).toBe(count)
    expect(pages.slice(0, -1).every((page) => page.items.length === 5)).toBe(true)
  })

  it('answers 200 with the whole list without a Range header', async () => {
    const response = await api('/apps/billing-api/releases')
    expect(response.status).toBe(200)
    expect(response.headers.get('Next-Range')).toBeNull()
    expect(await body<unknown[]>(response)).toHaveLength(7)
  })

  it.each(['version', 'name ..', 'version ..; max=0', 'version ..; order=up'])(
    'answers 416 requested_range_not_satisfiable to Range %j',
    async (range) => {
      const response = await api('/apps/billing-api/releases', { headers: { Range: range } })
      expect(response.status).toBe(416)
      const error = await body(response)
      expect(Object.keys(error).sort()).toEqual(['id', 'message'])
      expect(error.id).toBe('requested_range_not_satisfiable')
      expect(String(error.message)).toMatch(/^Invalid Range/)
    },
  )
})

describe('POST /filters/apps', () => {
  const allIds = () => Object.keys(backend.platform.state.apps)

  it('pages through the filtered apps by id, each exactly once', async () => {
    const ids = allIds()
    expect(ids.length).toBeGreaterThan(10)
    const { pages, items } = await collect<{ id: string }>('/filters/apps', 'id ..; max=4', {
      method: 'POST',
      body: { in: { id: ids } },
      headers: { Accept: 'application/vnd.heroku+json; version=3.filters' },
    })
    expect(pages.length).toBe(Math.ceil(ids.length / 4))
    expect(items.map((app) => app.id)).toEqual([...ids].sort())
  })

  it('pages by name too, and leaves out ids that are not apps', async () => {
    const ids = [appId('billing-api'), appId('storefront-prod'), appId('reports-worker')]
    const { items } = await collect<{ name: string }>('/filters/apps', 'name ..; max=2', {
      method: 'POST',
      body: { in: { id: [...ids, '00000000-0000-4000-8000-0000000000ff'] } },
    })
    expect(items.map((app) => app.name)).toEqual([
      'billing-api',
      'reports-worker',
      'storefront-prod',
    ])
  })

  it('refuses a body without in.id with 422', async () => {
    const response = await api('/filters/apps', { method: 'POST', body: { in: { name: ['x'] } } })
    expect(response.status).toBe(422)
  })
})

describe('GET /apps', () => {
  it('declares its range keys and honours order=desc on name', async () => {
    const { response, body: apps } = await getJson<{ name: string }[]>('/apps', {
      headers: { Range: 'name ..; order=desc' },
    })
    expect(response.headers.get('Accept-Ranges')).toBe('id, name, updated_at')
    const names = apps.map((app) => app.name)
    expect(names).toEqual([...names].sort().reverse())
    expect(names).toHaveLength(Object.keys(backend.platform.state.apps).length)
  })
})
