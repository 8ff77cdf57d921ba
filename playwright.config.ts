import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/find-chromium'

// Another port (and build directory) lets a second run go beside the first: the suite is checked
// to hold with the machine that busy (README, "Tests").
const PORT = Number(process.env.STAGEBOARD_E2E_PORT ?? 4173)
const SECOND = PORT !== 4173
const OUT_DIR = SECOND ? `dist-e2e-${PORT}` : 'dist'

export default defineConfig({
  testDir: './e2e',
  outputDir: SECOND ? `test-results-${PORT}` : 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker is as fast as two on a 2-core machine, and steadier.
  workers: 1,
  reporter: [
    ['list'],
    ['./e2e/support/fault-matrix-reporter.ts'],
    ...(process.env.CI || SECOND ? [] : [['html', { open: 'never' }] as const]),
  ],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
  ],
  webServer: {
    // The production build with the demo backend, as a user would get it from `npm start`.
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
