/**
 * A key or token pasted into a box, checked before it is used or kept, so a slip is named at
 * once: nothing pasted, a scheme pasted with it ("Bearer …"), a space or line break inside, or
 * not the shape the service issues. Each kind of secret says its own words.
 */
export interface SecretShape {
  /** "Paste your Heroku API key." */
  missing: string
  /** a scheme people paste along with the secret, and what to say of it */
  scheme: RegExp
  schemeReason: string
  spacesReason: string
  /** the shapes the service issues; one must match */
  shapes: readonly RegExp[]
  /** said when none matches: what it does look like */
  unlike: string
}

export type PastedSecret = { ok: true; token: string } | { ok: false; reason: string }

export function checkPastedSecret(raw: string, shape: SecretShape): PastedSecret {
  const token = raw.trim()
  if (token === '') return { ok: false, reason: shape.missing }
  if (shape.scheme.test(token)) return { ok: false, reason: shape.schemeReason }
  if (/\s/.test(token)) return { ok: false, reason: shape.spacesReason }
  if (!shape.shapes.some((pattern) => pattern.test(token)))
    return { ok: false, reason: shape.unlike }
  return { ok: true, token }
}
