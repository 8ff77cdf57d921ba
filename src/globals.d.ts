/** True when the build serves the mocked Heroku API from the browser (see vite.config.ts). */
declare const __DEMO_BACKEND__: boolean
