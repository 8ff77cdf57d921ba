import { existsSync, rmSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vitest/config'

// The demo backend (MSW serving the mocked Heroku API) is on unless STAGEBOARD_BACKEND=heroku.
// A compile-time constant, not import.meta.env, so a build without the mock drops it entirely.
const demoBackend = process.env.STAGEBOARD_BACKEND !== 'heroku'

/** The app's own source: what the later pages share is grouped from here, never a package's. */
const sourceDir = resolve(import.meta.dirname, 'src') + sep
const shellDir = resolve(sourceDir, 'app') + sep

/** public/ is copied into every build: a build without the mock must not ship its worker. */
function dropMockWorkerWithoutDemo(): Plugin {
  return {
    name: 'stageboard:drop-mock-worker',
    apply: 'build',
    closeBundle() {
      if (!demoBackend)
        rmSync(resolve(import.meta.dirname, 'dist/mockServiceWorker.js'), { force: true })
    },
  }
}

/**
 * What a built page may load and contact: its own files, and Heroku's and GitHub's APIs (the
 * demo's requests go to the same hosts: its service worker answers them). A meta tag, so it holds
 * on any static host; a host that can send headers may send the same policy as a header (README).
 * Styles allow inline: Radix and sonner add style elements at run time. Not in `vite` (dev), whose
 * hot reload runs inline scripts and a WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  'connect-src https://api.heroku.com https://kolkrabbi.heroku.com https://api.github.com https://release-output.heroku.com',
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'stageboard:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * React Router's build without its development warnings. Its package names only that one
 * (remix-run/react-router#14102, open), so every build got the warnings' checks and text: in the
 * first screen, and in every render of a link. Unit and component tests and the dev server keep
 * the warnings; the end-to-end tests run a build, as people do.
 */
function reactRouterForProduction() {
  const development = fileURLToPath(import.meta.resolve('react-router'))
  const folder = `${sep}dist${sep}development${sep}`
  const production = development.replace(folder, `${sep}dist${sep}production${sep}`)
  if (!development.includes(folder) || !existsSync(production))
    throw new Error(
      `React Router's production build is not beside ${development}: see vite.config.ts.`,
    )
  return { find: /^react-router$/, replacement: production }
}

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), dropMockWorkerWithoutDemo(), contentSecurityPolicy()],
  define: { __DEMO_BACKEND__: JSON.stringify(demoBackend) },
  resolve: {
    alias: [
      { find: '@', replacement: resolve(import.meta.dirname, 'src') },
      ...(command === 'build' ? [reactRouterForProduction()] : []),
    ],
  },
  preview: { host: '127.0.0.1' },
  build: {
    // Browsers without module preloading (Safari before 17) load each module when it is asked
    // for, a little later, instead of ahead: nothing breaks. The polyfill was 0.4 kB of the
    // first screen, for them alone.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports, in one file: left to itself the bundler splits off each
        // module a lazy page shares with the first screen (the client, the schemas, React's
        // runtime), and eight small files compress worse than one.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            // The first page and what it shares with later ones, in one file too: each page added
            // since split another small module off it (the stage names, four icons).
            {
              name: 'pipelines-page',
              test: /src[\\/](features[\\/]pipelines[\\/](pipelines-page|pipeline-summary|use-owner-descriptions)|lib[\\/](format|owners|stages|pipeline-list)|hooks[\\/]use-address-params|components[\\/]ui[\\/](filter-bar|field)|lib[\\/]cn)\.tsx?$|lucide-react[\\/].*[\\/](building-complex|plus|rotate-ccw-clock|search|user)\.mjs$/,
            },
            // What the later pages share among themselves, in one file: split module by module,
            // each small file is one more name in the entry's list of what each page preloads.
            // Not the app's shell (src/app): what its header loads lazily stays its own.
            {
              name: 'pages-shared',
              test: (id) => id.startsWith(sourceDir) && !id.startsWith(shellDir),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure logic: `.test.ts` anywhere (a feature's own pure helpers too); components are `.tsx`.
          include: ['mocks/**/*.test.ts', 'src/**/*.test.ts', 'docs/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.cli.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          // The official Heroku CLI against `npm run mock:serve` (installed once, beside it).
          include: ['mocks/**/*.cli.test.ts'],
          globalSetup: ['mocks/serve/install-heroku-cli.ts'],
          // Each command starts Node and the CLI's plugins: about a second, more on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
          // A test makes several waits of up to 10 s each (see src/test/setup.ts).
          testTimeout: 60_000,
        },
      },
    ],
  },
}))
