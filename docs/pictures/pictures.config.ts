import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/find-chromium'

const PORT = 4290

/**
 * `npm run pictures`: the README's pictures, taken from the demo's production build in Chromium,
 * so they show the dashboard as it is. They are written to docs/ (commit them with the change).
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'pictures.spec.ts',
  outputDir: '../../test-results/pictures',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx vite build --outDir dist-pictures --emptyOutDir && npx vite preview --outDir dist-pictures --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
