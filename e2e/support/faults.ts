import type { Page } from '@playwright/test'
import type { Fault } from '../../mocks/faults'

/** Faults the demo backend installs before its first request (see mocks/faults.ts). */
export async function installFaults(page: Page, faults: Fault[]) {
  await page.addInitScript((list) => {
    window.__STAGEBOARD_FAULTS__ = list
  }, faults)
}
