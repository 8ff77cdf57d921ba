import { checkPastedSecret, type PastedSecret, type SecretShape } from '@/lib/pasted-secret'

/**
 * How a GitHub token looks: a personal access token (`ghp_`, fine-grained `github_pat_`), an
 * OAuth or app token (`gho_`, `ghu_`, `ghs_`, `ghr_`), or an older 40-character hex token.
 */
const GITHUB_TOKEN: SecretShape = {
  missing: 'Paste a GitHub token.',
  scheme: /^(?:token|bearer)\s/i,
  schemeReason: 'Paste the token alone, without "token" or "Bearer".',
  spacesReason: 'A token has no spaces or line breaks.',
  shapes: [/^(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})$/, /^[0-9a-f]{40}$/],
  unlike:
    'This does not look like a GitHub token: they start with github_pat_, ghp_ or gho_ (or are 40 hexadecimal characters).',
}

export const checkGithubTokenFormat = (raw: string): PastedSecret =>
  checkPastedSecret(raw, GITHUB_TOKEN)
