import { describe, expect, it } from 'vitest'
import { appNamed, testPlatform, TIMINGS } from '../test/support'
import { appReleases, currentRelease, releaseSlug, settleReleases } from './releases'
import { releaseOutput, releasePhaseRun } from './release-output'

describe('what a release command prints', () => {
  it('spreads its lines over the phase, the last as it ends, the same every time', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const release = releaseSlug(platform, app.name, {
      slug: currentRelease(platform, app.id)!.slugId,
    })
    const output = releaseOutput(platform, release)!
    expect(output.run).toMatchObject({ command: 'npm run db:migrate', outcome: 'succeeded' })
    expect(output.run.endsAt - output.run.startsAt).toBe(TIMINGS.releasePhase)
    const times = output.lines.map((line) => line.at)
    expect(times).toEqual(times.toSorted((a, b) => a - b))
    expect(times[0]).toBeGreaterThan(output.run.startsAt)
    expect(times.at(-1)).toBe(output.run.endsAt)
    expect(releaseOutput(platform, release)).toEqual(output)
  })

  it('runs a migration for new code, and finds none pending for the same code again', () => {
    const { platform, clock } = testPlatform()
    const app = appNamed(platform, 'billing-api')
    const staging = appNamed(platform, 'billing-api-staging')
    const fresh = releaseSlug(platform, app.name, {
      slug: currentRelease(platform, staging.id)!.slugId,
    })
    const texts = (release: typeof fresh) =>
      releaseOutput(platform, release)!.lines.map((line) => line.text)
    expect(texts(fresh)).toContain('Pending migrations: 1')
    expect(texts(fresh).at(-1)).toMatch(/^All migrations ran\./)
    clock.advance(TIMINGS.releasePhase + 1)
    settleReleases(platform)
    const again = releaseSlug(platform, app.name, { slug: fresh.slugId })
    expect(texts(again).at(-1)).toBe('No pending migrations.')
  })

  it('runs the migration again after the release before failed it', () => {
    const { platform, clock } = testPlatform()
    const eu = appNamed(platform, 'billing-api-eu') // its next release command fails once
    const staging = appNamed(platform, 'billing-api-staging')
    const failing = releaseSlug(platform, eu.name, {
      slug: currentRelease(platform, staging.id)!.slugId,
    })
    clock.advance(TIMINGS.releasePhase + 1)
    settleReleases(platform)
    expect(appReleases(platform, eu.id).at(-1)?.status).toBe('failed')
    const retry = releaseSlug(platform, eu.name, { slug: failing.slugId })
    const texts = releaseOutput(platform, retry)!.lines.map((line) => line.text)
    expect(texts).toContain('Pending migrations: 1')
  })

  it('says why a failed release command failed', () => {
    const { platform } = testPlatform()
    const app = appNamed(platform, 'storefront-staging') // its newest release failed
    const failed = appReleases(platform, app.id).at(-1)!
    expect(failed.status).toBe('failed')
    const text = releaseOutput(platform, failed)!.lines.map((line) => line.text)
    expect(text).toContain('rails aborted!')
    expect(text.join('\n')).toMatch(/already exists/)
  })

  it('is nothing for a rollback, a release without a slug, or an app without a release command', () => {
    const { platform } = testPlatform()
    const history = appReleases(platform, appNamed(platform, 'billing-api').id)
    expect(history[0]!.slugId).toBeNull()
    expect(releasePhaseRun(platform, history[0]!)).toBeNull()
    const plain = appReleases(platform, appNamed(platform, 'marketing-site').id).at(-1)!
    expect(releasePhaseRun(platform, plain)).toBeNull()
  })
})
