import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

export const NO_CHROMIUM_MESSAGE = `No Chromium found for the end-to-end tests. Any one of these works:
  - Debian/Ubuntu:   sudo apt-get install chromium
  - anywhere else:   npx playwright install chromium
  - your own build:  CHROMIUM_PATH=/path/to/chromium npm test`

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH if set, else Playwright's own Chromium if it
 * was installed, else a system one. `undefined` executable means "Playwright's own".
 */
export function findChromium(): { executablePath: string | undefined } {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`)
    return { executablePath: fromEnv }
  }
  if (existsSync(chromium.executablePath())) return { executablePath: undefined }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (system) return { executablePath: system }
  throw new Error(NO_CHROMIUM_MESSAGE)
}

/**
 * How the end-to-end tests and the bench start Chromium: headless in a container, without a GPU,
 * and without background requests that would count against what is measured.
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium().executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  }
}
