/**
 * How a GitHub token looks: a personal access token (`ghp_`, fine-grained `github_pat_`), an
 * OAuth or app token (`gho_`, `ghu_`, `ghs_`, `ghr_`), or an older 40-character hex token.
 * Checked before it is used, so a slip (a pasted "token " prefix, a line break) is named at once.
 */
const PREFIXED = /^(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})$/
const LEGACY = /^[0-9a-f]{40}$/

export function checkGithubTokenFormat(
  raw: string,
): { ok: true; token: string } | { ok: false; reason: string } {
  const token = raw.trim()
  if (token === '') return { ok: false, reason: 'Paste a GitHub token.' }
  if (/^(?:token|bearer)\s/i.test(token))
    return { ok: false, reason: 'Paste the token alone, without "token" or "Bearer".' }
  if (/\s/.test(token)) return { ok: false, reason: 'A token has no spaces or line breaks.' }
  if (PREFIXED.test(token) || LEGACY.test(token)) return { ok: true, token }
  return {
    ok: false,
    reason:
      'This does not look like a GitHub token: they start with github_pat_, ghp_ or gho_ (or are 40 hexadecimal characters).',
  }
}
