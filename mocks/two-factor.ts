/**
 * Two-factor, as Heroku asks for it: a change to a protected app answers 403 `two_factor` until
 * the request carries `Heroku-Two-Factor-Code` (REFERENCE §1.5). The demo protects nothing; tests
 * choose the apps and the code that passes.
 */
import { PlatformError } from './platform/errors'
import { findApp, type Platform } from './platform/store'

export interface TwoFactorGuard {
  /** names of the apps whose changes need a second factor */
  apps: ReadonlySet<string>
  /** the one code accepted (a real account checks a TOTP or a recovery code) */
  code: string
}

// Heroku's id is documented; its messages are not. These are ours, worded as the API words others.
const CODE_REQUIRED = 'A second authentication factor is required for this request.'
const CODE_INVALID = 'The two-factor code provided is invalid or has expired.'

/** Throws 403 `two_factor` when the request changes a protected app without the right code. */
export function demandSecondFactor(
  guard: TwoFactorGuard | null,
  request: Request,
  platform: Platform,
  appIdentities: readonly unknown[],
) {
  if (!guard) return
  const touchesProtected = appIdentities.some((identity) => {
    const app = typeof identity === 'string' ? findApp(platform, identity) : undefined
    return app !== undefined && guard.apps.has(app.name)
  })
  if (!touchesProtected) return
  const code = request.headers.get('Heroku-Two-Factor-Code')
  if (code === guard.code) return
  throw new PlatformError(403, 'two_factor', code ? CODE_INVALID : CODE_REQUIRED)
}
