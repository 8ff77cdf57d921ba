import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/find-chromium'

/**
 * `npm run bench`: production builds in a real Chromium, one worker, nothing else running in it.
 * `prepare.ts` builds and serves them; `bench.spec.ts` measures and checks the budgets.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../test-results/bench',
  globalSetup: './prepare.ts',
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
})
