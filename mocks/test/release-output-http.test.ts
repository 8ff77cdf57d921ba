/** Release output streams over HTTP: what the CLI pipes and the dashboard shows. */
import { describe, expect, it } from 'vitest'
import { appReleases, currentRelease } from '../platform/releases'
import { releaseOutput } from '../platform/release-output'
import { api, body, useMockServer } from './heroku-client'
import { TIMINGS } from './support'

const mock = useMockServer()
const { backend, clock, appId } = mock

interface Release {
  id: string
  status: string
  output_stream_url: string | null
}

/** Releases billing-api's current slug again: a new release whose release command now runs. */
async function releaseAgain(app: string) {
  const slug = currentRelease(backend.platform, appId(app))!.slugId
  const response = await api(`/apps/${app}/releases`, { method: 'POST', body: { slug } })
  return body<Release>(response)
}

const textOf = (release: { id: string }) => {
  const record = appReleases(backend.platform, appId('billing-api')).find(
    (r) => r.id === release.id,
  )!
  return releaseOutput(backend.platform, record)!
    .lines.map((line) => `${line.text}\n`)
    .join('')
}

describe('a release output stream', () => {
  it('prints each line when its time comes, and ends when the release command does', async () => {
    const release = await releaseAgain('billing-api')
    expect(release.status).toBe('pending')
    expect(release.output_stream_url).toBe(
      `https://release-output.heroku.com/streams/${release.id}`,
    )

    const response = await fetch(release.output_stream_url!)
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
    // Nothing is due yet: the first read waits until the clock moves on.
    const first = reader.read()
    clock.advance(TIMINGS.releasePhase / 2)
    const early = (await first).value ?? ''
    expect(early.length).toBeGreaterThan(0)
    expect(textOf(release).startsWith(early)).toBe(true)

    clock.advance(TIMINGS.releasePhase)
    let all = early
    for (let next = await reader.read(); !next.done; next = await reader.read()) all += next.value
    expect(all).toBe(textOf(release))
    expect(all).toContain('No pending migrations.') // the same slug again: its migrations ran before
  })

  it('gives the whole output of a finished one at once, and resumes from a byte offset', async () => {
    const release = await releaseAgain('billing-api')
    clock.advance(TIMINGS.releasePhase + 1)
    const whole = await (await fetch(release.output_stream_url!)).text()
    expect(whole).toBe(textOf(release))
    const resumed = await fetch(release.output_stream_url!, { headers: { Range: 'bytes=10-' } })
    expect(resumed.status).toBe(206)
    expect(await resumed.text()).toBe(whole.slice(10))
  })

  it('has none for a rollback or an app without a release command, and 404s an unknown stream', async () => {
    const rolled = await body<Release>(
      await api('/apps/billing-api/releases', {
        method: 'POST',
        body: { release: appReleases(backend.platform, appId('billing-api')).at(-2)!.id },
      }),
    )
    expect(rolled.output_stream_url).toBeNull()
    const plain = await body<Release[]>(await api('/apps/marketing-site/releases'))
    expect(plain.every((release) => release.output_stream_url === null)).toBe(true)
    const unknown = await fetch('https://release-output.heroku.com/streams/nope')
    expect(unknown.status).toBe(404)
  })
})
