import type { Release } from '@/api/releases'

/** The CLI's words for a release that is not simply succeeded. */
export const RELEASE_STATUS_WORDS: Partial<Record<Release['status'], string>> = {
  pending: 'release command executing',
  failed: 'release command failed',
  expired: 'release expired',
}
