import { readFileSync, existsSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import type { BenchTarget } from './targets'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
}

export interface JavascriptFigures {
  /** gzip kB of the JavaScript the first screen (the pipelines page) loads, the mock aside */
  appKb: number
  /** gzip kB of the mock's chunk, loaded first on the demo build only */
  mockKb: number
  files: { file: string; kb: number }[]
}

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024

/**
 * The JavaScript a first visit to `/` loads (until the pipelines page has settled), as files of
 * the build with their gzip size. The demo build is visited where it is served, mock and all; the
 * build without the mock is served from disk through Playwright's routing, and its API calls are
 * refused, which changes nothing about what code loads.
 */
export async function javascriptLoaded(
  browser: Browser,
  target: BenchTarget,
  build: 'demo' | 'heroku',
): Promise<JavascriptFigures> {
  const dir = build === 'demo' ? target.demoDir : target.herokuDir
  const origin = build === 'demo' ? target.url : 'http://localhost:4199'
  const context = await browser.newContext(build === 'heroku' ? { serviceWorkers: 'block' } : {})
  const page = await context.newPage()
  const loaded = new Set<string>()
  page.on('requestfinished', (request) => {
    const url = new URL(request.url())
    if (url.origin === origin && extname(url.pathname) === '.js') loaded.add(url.pathname)
  })
  if (build === 'heroku') {
    // A signed-in person's first screen (the pipelines page), not Connect: a key kept for the
    // tab. The API is not reached (below), so the key is never checked.
    await page.addInitScript(() =>
      sessionStorage.setItem('stageboard:heroku-token', '01234567-89ab-cdef-0123-456789abcdef'),
    )
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== origin) return route.abort()
      const file = resolve(dir, `.${url.pathname}`)
      const path = existsSync(file) && extname(file) ? file : resolve(dir, 'index.html')
      return route.fulfill({
        body: readFileSync(path),
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      })
    })
  }
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' })
  await context.close()

  const files = [...loaded].map((pathname) => ({
    file: pathname.slice(1),
    kb: Math.round(gzipKb(resolve(dir, `.${pathname}`)) * 10) / 10,
  }))
  const isMock = (file: string) => /(^|\/)browser-[\w-]+\.js$/.test(file)
  const sum = (list: typeof files) =>
    Math.round(list.reduce((total, f) => total + f.kb, 0) * 10) / 10
  return {
    appKb: sum(files.filter((f) => !isMock(f.file))),
    mockKb: sum(files.filter((f) => isMock(f.file))),
    files,
  }
}
