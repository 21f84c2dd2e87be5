// The unit tests Stryker runs against each mutant of src/domain and src/protocol (`npm run test:mutation`):
// those of test/unit/domain and test/unit/protocol, without the app's build plugins or any other kind of test.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/unit/domain/**/*.test.ts', 'test/unit/protocol/**/*.test.ts'], environment: 'node' },
})
