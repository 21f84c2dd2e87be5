// Lint rules: the recommended JavaScript, TypeScript and Vue sets, plus the project's import direction.
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import prettierConfig from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// One direction of imports (see the README's Layout): views/components → stores, composables → db, sync →
// domain, protocol; the server and the service worker take only domain and protocol from the app side.
// Relative specifiers are checked against the folder depth of the importing file, so `../` from
// src/server/push/ is inside the server and `../../` is src/.
const up = (depth) => String.raw`\.\./`.repeat(depth)
const folders = (names) => `(${names.join('|')})(/|$)`
const notFolders = (names) => `(?!${folders(names)})`

/** Files `depth` folders below src/ in `folder`, with a glob per depth (src/server/a/b.ts is depth 3). */
function atDepths(folder, maxDepth, rule) {
  return Array.from({ length: maxDepth }, (_, index) => {
    const depth = index + 1
    const files = [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,vue}`]
    return { files, rules: rule(depth) }
  })
}

const restricted = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

const importBoundaries = [
  {
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/server/**'],
    rules: restricted([
      { group: ['**/server/**', '../server', '../../server'], message: 'The app must not import the server.' },
    ]),
  },
  {
    files: ['src/App.vue', 'src/views/**/*.{ts,vue}', 'src/components/**/*.{ts,vue}'],
    rules: restricted([
      {
        regex: String.raw`^(\./|(\.\./)+)${folders(['db', 'sync', 'modules', 'server'])}`,
        message: 'Views and components get data and actions through stores or composables, not db, sync or modules.',
      },
    ]),
  },
  // The staff console is online only: it never touches the device database or the family's stores and
  // composables (which read it); its views and components reach the API through the console's stores.
  ...atDepths('console', 4, (depth) =>
    restricted([
      {
        regex: `^${up(depth)}${folders(['db', 'stores', 'composables', 'modules', 'server'])}`,
        message:
          'The console keeps no family data on the machine: no db, family stores or composables, modules or server.',
      },
    ]),
  ),
  ...[
    [1, 'src/console/*.vue'],
    [2, 'src/console/views/*.{ts,vue}'],
    [2, 'src/console/components/*.{ts,vue}'],
    [3, 'src/console/components/*/*.{ts,vue}'],
  ].map(([depth, files]) => ({
    files: [files],
    rules: restricted([
      {
        regex: `^${up(depth)}${folders(['db', 'stores', 'composables', 'modules', 'server', 'sync'])}`,
        message: 'Console views and components reach the API through the console’s stores, not sync or db.',
      },
    ]),
  })),
  ...atDepths('server', 4, (depth) =>
    restricted([
      {
        regex: `^${up(depth)}${notFolders(['domain', 'protocol'])}`,
        message: 'The server takes only domain and protocol from the app side.',
      },
    ]),
  ),
  ...atDepths('service-worker', 2, (depth) =>
    restricted([
      {
        regex: `^${up(depth)}${notFolders(['domain', 'protocol'])}`,
        message: 'The service worker takes only domain and protocol from the app.',
      },
    ]),
  ),
  {
    // Rules stay pure: the domain imports itself and protocol types, nothing of Vue, storage or the network.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(?!\./|\.\./protocol(/|$))`,
              message: 'The domain imports only itself and protocol types: no Vue, no storage, no network.',
            },
            {
              regex: String.raw`^\.\./protocol(/|$)`,
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
    // The API's schemas are shared by app and server: zod and themselves, nothing else.
    files: ['src/protocol/**/*.ts'],
    rules: {
      ...restricted([{ regex: String.raw`^(?!\./|zod$)`, message: 'protocol imports only zod and itself.' }]),
      'no-restricted-globals': ['error', 'fetch', 'indexedDB', 'localStorage'],
    },
  },
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench-results/**'] },
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
  // Import boundaries, one block per folder (a later block replaces an earlier one's rule for its files).
  ...importBoundaries,
)
