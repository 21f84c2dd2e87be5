import vue from '@vitejs/plugin-vue'
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { buildTargets } from './src/build/browserTargets.ts'
import { precompiledMessages } from './src/build/precompiledMessages.ts'

const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string })
  .version
const unitTestsThatMustHoldInEveryZone = ['test/unit/domain/**/*.test.ts']
const coreFlowsOnEveryEngine = ['test/e2e/core/**/*.test.ts']
// Vitest's default leaves one core to itself (one worker on two cores, so every file waited for the one before).
// Its main process does little in a run: the unit, component and server files take every core.
const workers = Math.max(availableParallelism(), 2)

/**
 * One end-to-end lane: the built app and real servers in one browser engine, one file at a time. Two browser files
 * at a time on two cores was tried: a fresh-clone run failed two timing-bound flows (an old app's update, the
 * console's plan) that pass alone, so each lane keeps the machine to itself.
 */
function e2eLane(lane: {
  name: string
  engine: 'chromium' | 'firefox' | 'webkit'
  include: string[]
  groupOrder: number
}): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: lane.name,
      include: lane.include,
      environment: 'node',
      globalSetup: ['test/e2e/support/globalSetup.ts'],
      provide: { engine: lane.engine },
      testTimeout: 90_000,
      hookTimeout: 180_000,
      fileParallelism: false,
      // After the other projects: a browser sharing two cores with the server suite is what made runs flake.
      sequence: { groupOrder: lane.groupOrder },
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    precompiledMessages(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pusterom – avlastning for familien',
        short_name: 'Pusterom',
        description: 'Avlastningskalender, pakkelister og beskjeder til kommunen – også uten nett.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#fbf8f3',
        theme_color: '#1f5c4d',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  // The first screen's budget (test/bench/firstScreenBudget.json): the code imports vue-i18n (and its types);
  // the app gets petite-vue-i18n, the same Composition API without what the app does not use ($d, $n,
  // <i18n-t>). Dexie's modern ES build is smaller than the ES5 one its wrapper loads.
  resolve: {
    alias: [
      { find: /^vue-i18n$/, replacement: 'petite-vue-i18n' },
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
    ],
  },
  define: {
    // Compile out what the app does not use: the Options API, vue-i18n's legacy API and devtools.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Shown under "Mer" so a family can tell support which version they run.
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 8080}` },
  },
  build: {
    // Safari and iOS 16, Firefox ESR and the browsers of the last two years (package.json's browserslist).
    target: buildTargets(),
    sourcemap: false,
    // Every browser the app supports preloads modules itself (one without just loads them a little later).
    modulePreload: { polyfill: false },
    // Stable names for the first screen's chunks, each with its budget (index the app, vue, dates, deviceReads),
    // and for dexie, which loads right after it.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vue',
              test: /node_modules[\\/](@vue|vue|vue-router|pinia|vue-i18n|petite-vue-i18n|@intlify)[\\/]/,
            },
            // With the database's schema: both load after the first screen, which reads IndexedDB itself
            // (src/family/db/firstRead.ts), and every later page shares them.
            {
              name: 'dexie',
              test: /node_modules[\\/]dexie[\\/]|src[\\/]family[\\/]db[\\/](database|releaseOnPageHide)\.ts$/,
            },
            // Small modules the first screen shares with the database's later users: one chunk, not three.
            {
              name: 'deviceReads',
              test: /src[\\/](family[\\/]db[\\/](liveQueryHold|outboxQueries)|domain[\\/]stayLength)\.ts$/,
            },
            // The clock, Norwegian time, the date formatter with its names of days and months, and the app's
            // languages: shared by the first screen and most later pages (and the console), Rolldown would split
            // them into a few tiny chunks.
            {
              name: 'dates',
              test: /src[\\/](domain[\\/](clock|zonedTime|localDates|dateNames|norwegianDates)|protocol[\\/]locale)\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    maxWorkers: workers,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      // The deadline must not depend on the device's zone: run the domain rules under two more.
      {
        extends: true,
        test: { name: 'unit-new-york', include: unitTestsThatMustHoldInEveryZone, env: { TZ: 'America/New_York' } },
      },
      {
        extends: true,
        test: { name: 'unit-tokyo', include: unitTestsThatMustHoldInEveryZone, env: { TZ: 'Asia/Tokyo' } },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/component/setup.ts'],
          // A file's first test also loads the screen's lazy pages: on a loaded 2-core runner that alone
          // can pass vitest's 5 s default. The tests still wait for states, never for time.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'server', include: ['test/server/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      // Chromium runs every end-to-end test; Firefox and WebKit the core flows written once for all three
      // (test/e2e/core). Each lane is a group of its own, after the others: one browser at a time on two cores.
      e2eLane({ name: 'e2e', engine: 'chromium', include: ['test/e2e/**/*.test.ts'], groupOrder: 1 }),
      e2eLane({ name: 'e2e-firefox', engine: 'firefox', include: coreFlowsOnEveryEngine, groupOrder: 2 }),
      e2eLane({ name: 'e2e-webkit', engine: 'webkit', include: coreFlowsOnEveryEngine, groupOrder: 3 }),
    ],
  },
})
