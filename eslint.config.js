// Lint rules: the recommended JavaScript, TypeScript and Vue sets, plus the project's import direction.
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import compat from 'eslint-plugin-compat'
import prettierConfig from 'eslint-config-prettier'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// The import directions (see the README's Layout). The top of src/ is three wings on one foundation: the family
// app, the staff console and the server (with the family's service worker) never import each other; each takes
// from the foundation (domain, protocol, and for the two browser wings i18n and ui), which imports no wing.
// Inside a wing, imports run downwards only. `import-x/no-restricted-paths` resolves each specifier to its file,
// so a rule names folders, not `../` depths.
const WINGS = ['family', 'console', 'server', 'service-worker']
const BROWSER_FOUNDATION = ['i18n', 'ui']
const BUILD_TOOLS = ['build']
const src = (name) => `./src/${name}`
const others = (own, names) => names.filter((name) => name !== own).map(src)

/** Zones that let each folder of `layers` (highest first) import those below it, never those above. */
const downwards = (folder, layers, message) =>
  layers.slice(1).map((layer, index) => ({
    target: layer.map(folder),
    from: layers
      .slice(0, index + 1)
      .flat()
      .map(folder),
    message,
  }))

/** Folders of the family app, highest first. */
const FAMILY_LAYERS = [
  ['FamilyApp.vue', 'main.ts', 'modules'],
  ['views'],
  ['components'],
  // Screen reads: what a page shows, from the device database and the stores.
  ['composables'],
  ['stores'],
  // Tools any layer above may use: the clock, live queries, being online, the wait for the first paint.
  ['tools'],
  ['db', 'sync'],
]
const family = (name) => `./src/family/${name}`

/** Folders of the staff console, highest first. */
const CONSOLE_LAYERS = [
  ['ConsoleApp.vue', 'main.ts', 'consoleRoutes.ts'],
  ['views'],
  ['components'],
  ['composables'],
  ['stores'],
  ['tools'],
  ['api'],
]
const consoleFolder = (name) => `./src/console/${name}`

/** Folders of the server, highest first. */
const SERVER_LAYERS = [
  // The wiring: starting the server, its notifications and its sign-in.
  ['main.ts', 'startServer.ts', 'app.ts', 'notifications.ts', 'startSignIn.ts'],
  // Parts that bring routes of their own to the API, each using the ones below it.
  ['calendarFeed'],
  ['reminders'],
  ['push'],
  // The API (the route table, its handlers, the provider redirects), the local stand-in providers, and the two
  // ways a record system writes: the FHIR face and the CSV import, which plans through the FHIR face's update.
  ['api', 'localIdp', 'fhir', 'imports'],
  // What the handlers call.
  ['staff', 'retention', 'mutations', 'sync', 'seed', 'config.ts'],
  ['oidc', 'accounts', 'auth'],
  // The ground: the database, the errors every layer throws, notices, events, the network and HTTP helpers.
  ['storage', 'errors', 'notices', 'events.ts', 'net', 'http', 'buildIfNeeded.ts'],
]
const server = (name) => `./src/server/${name}`

const restrictedPaths = [
  ...WINGS.map((wing) => ({
    target: src(wing),
    from: [...others(wing, WINGS), ...BUILD_TOOLS.map(src)],
    message: `A wing never imports another wing: ${wing} takes only from the foundation.`,
  })),
  {
    target: ['server', 'service-worker'].map(src),
    from: BROWSER_FOUNDATION.map(src),
    message: 'The server and the service worker take only domain and protocol from the foundation.',
  },
  ...['domain', 'protocol', ...BROWSER_FOUNDATION].map((folder) => ({
    target: src(folder),
    from: [...WINGS, ...BUILD_TOOLS].map(src),
    message: 'The foundation imports no wing.',
  })),
  // The foundation's own order: protocol (the API's schemas) < domain (the rules) < i18n < ui.
  {
    target: src('protocol'),
    from: ['domain', ...BROWSER_FOUNDATION].map(src),
    message: 'protocol imports only zod and itself.',
  },
  {
    target: src('domain'),
    from: BROWSER_FOUNDATION.map(src),
    message: 'The domain is pure: no texts or components of the browser.',
  },
  { target: src('i18n'), from: [src('ui')], message: 'The messages import no components.' },
  ...downwards(
    family,
    FAMILY_LAYERS,
    `The family app's imports run downwards: app setup → views → components → composables → stores → tools → db, sync.`,
  ),
  {
    target: ['views', 'components', 'FamilyApp.vue'].map(family),
    from: ['db', 'sync', 'modules'].map(family),
    message: 'Views and components get data and actions through stores or composables, not db, sync or modules.',
  },
  ...downwards(
    consoleFolder,
    CONSOLE_LAYERS,
    `The console's imports run downwards: app setup → views → components → composables → stores → tools → api.`,
  ),
  {
    target: ['views', 'components', 'ConsoleApp.vue'].map(consoleFolder),
    from: [consoleFolder('api')],
    message: 'Console views and components reach the API through the console’s stores, not its api client.',
  },
  ...downwards(
    server,
    SERVER_LAYERS,
    `The server's imports run downwards: wiring → calendarFeed → reminders → push → api (fhir, imports) → staff, retention, mutations, sync, seed → oidc, accounts, auth → storage, errors.`,
  ),
].filter((zone) => zone.from.length > 0)

const restricted = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

const importBoundaries = [
  {
    files: ['src/**/*.{ts,vue}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: restrictedPaths }] },
  },
  {
    // Rules stay pure: the domain imports itself and protocol types, nothing of Vue, storage or the network.
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(?!\.{1,2}(/|$))`,
              message: 'The domain imports only itself and protocol types: no Vue, no storage, no network.',
            },
            {
              regex: String.raw`^(\.\./)+protocol(/|$)`,
              allowTypeImports: true,
              message: 'The domain imports only types from protocol.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'indexedDB', 'localStorage'],
    },
  },
  {
    // The console's "now" is injected (tools/useConsoleClock), so a test's clock reaches every screen and store.
    files: ['src/console/**/*.{ts,vue}'],
    ignores: ['src/console/tools/useConsoleClock.ts'],
    rules: restricted([
      {
        regex: String.raw`(^|/)domain/clock$`,
        importNames: ['systemClock'],
        message: 'The console reads the time through useConsoleClock(), which a test can replace.',
      },
    ]),
  },
  {
    // The API's schemas are shared by every wing: zod and themselves, nothing else.
    files: ['src/protocol/**/*.ts'],
    rules: {
      ...restricted([{ regex: String.raw`^(?!\.{1,2}(/|$)|zod$)`, message: 'protocol imports only zod and itself.' }]),
      'no-restricted-globals': ['error', 'fetch', 'indexedDB', 'localStorage'],
    },
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'bench-results/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  // Layout is Prettier's job (npm run format:check); ESLint keeps to correctness and boundaries.
  prettierConfig,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      // __APP_VERSION__: package.json's version, put in by Vite's define (vite.config.ts).
      globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' },
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'no-console': ['error', { allow: ['info', 'warn', 'error'] }],
    },
  },
  {
    // What runs in the browser uses only APIs that every browser the app supports has (package.json's
    // browserslist: Safari and iOS 16, Firefox ESR, the last two years of the others).
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/server/**', 'src/build/**'],
    ...compat.configs['flat/recommended'],
    // Feature-detected where used: notifications are offered only where the browser has them (iOS from 16.4,
    // on the Home Screen).
    settings: { polyfills: ['Notification'] },
  },
  {
    // vue-i18n types its locale as any string; useLocale (src/i18n) turns it into a Locale once, for every screen.
    files: ['src/**/*.{ts,vue}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['TSAsExpression', 'TSTypeAssertion'].map((cast) => ({
          selector: `${cast} > TSTypeReference.typeAnnotation[typeName.name='Locale']`,
          message: 'Take the language as a Locale from useLocale() (src/i18n) or isLocale(), not by a cast.',
        })),
      ],
    },
  },
  // Import boundaries, one block per folder (a later block replaces an earlier one's rule for its files).
  ...importBoundaries,
)
