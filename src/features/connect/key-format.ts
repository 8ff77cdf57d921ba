import { checkPastedSecret, type PastedSecret, type SecretShape } from '@/lib/pasted-secret'

// Apart from the session: only Connect checks a key, and its code loads only when it shows.

/** How a Heroku API key looks: a UUID (older keys) or `HRKU-` followed by letters, digits, - and _. */
const HEROKU_KEY: SecretShape = {
  missing: 'Paste your Heroku API key.',
  scheme: /^bearer\s/i,
  schemeReason: 'Paste the key alone, without "Bearer".',
  spacesReason: 'An API key has no spaces or line breaks.',
  shapes: [
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    /^HRKU-[A-Za-z0-9_-]{8,}$/,
  ],
  unlike:
    'This does not look like a Heroku API key: it is a UUID (such as 01234567-89ab-cdef-0123-456789abcdef) or starts with HRKU-.',
}

export const checkKeyFormat = (raw: string): PastedSecret => checkPastedSecret(raw, HEROKU_KEY)
