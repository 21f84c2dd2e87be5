// `npm run check:budget`: builds the app if its build is stale, then fails when the JS and CSS loaded
// before the first screen are over test/bench/firstScreenBudget.json, naming the chunk.
import path from 'node:path'
import { buildIfNeeded } from '../../src/server/buildIfNeeded'
import { firstScreenChunks, kilobytes } from './firstScreenChunks'
import { overBudget, readBudget } from './firstScreenBudget'

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist')
await buildIfNeeded(distDir)
const budget = readBudget()
const chunks = firstScreenChunks(distDir)
for (const chunk of chunks) console.info(`${chunk.asset}: ${kilobytes(chunk.gzipBytes)} KB gzip`)
const total = kilobytes(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0))
const problems = overBudget(chunks, budget)
if (problems.length > 0) {
  console.error(`\nThe first screen is over its budget (test/bench/firstScreenBudget.json):`)
  for (const problem of problems) console.error(`  ✗ ${problem}`)
  process.exit(1)
}
console.info(`first screen: ${total} KB gzip, within its budget of ${budget.totalKB} KB ✓`)
