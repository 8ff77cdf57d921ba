/**
 * What a second factor looks like: six digits from an authenticator app, or one of the account's
 * recovery codes (letters and digits). Checked before the request so a slip is named at once.
 */
const AUTHENTICATOR_CODE = /^\d{6}$/
const RECOVERY_CODE = /^[0-9a-z]{8,32}$/i

/** The code as Heroku should receive it: spaces people type or paste between groups removed. */
export const normalizeTwoFactorCode = (code: string) => code.replace(/[\s-]/g, '')

/** Why `code` cannot be a second factor, or null when it can. */
export function twoFactorCodeProblem(code: string): string | null {
  const normalized = normalizeTwoFactorCode(code)
  if (normalized === '') return 'Enter the code from your authenticator app.'
  if (AUTHENTICATOR_CODE.test(normalized) || RECOVERY_CODE.test(normalized)) return null
  if (/^\d+$/.test(normalized)) return 'An authenticator code has 6 digits.'
  return 'Enter the 6-digit code from your authenticator app, or a recovery code.'
}
