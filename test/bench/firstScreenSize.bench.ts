// Benchmark: JavaScript + CSS the browser loads before the first screen, gzipped (target ≤ 80 KB, quality.md;
// CI holds the build to test/bench/firstScreenBudget.json, which is above it). Counts what index.html
// references, per chunk.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildIfNeeded } from '../../src/server/buildIfNeeded'
import { firstScreenChunks, kilobytes } from './firstScreenChunks'
import { readBudget } from './firstScreenBudget'

const TARGET_KB = 80
const { totalKB: budgetKB } = readBudget()
const distDir = path.resolve('dist')
const output = process.argv[2] ?? 'bench-results/firstScreenSize.json'

await buildIfNeeded(distDir)
const chunks = firstScreenChunks(distDir)
const totalGzipBytes = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
const report = {
  target: `≤ ${TARGET_KB} KB gzip`,
  budgetInCiKB: budgetKB,
  totalGzipBytes,
  totalGzipKB: kilobytes(totalGzipBytes),
  meetsTarget: totalGzipBytes <= TARGET_KB * 1024,
  chunks,
}
writeFileSync(output, JSON.stringify(report, null, 2))
for (const chunk of chunks) console.info(`${chunk.asset}: ${kilobytes(chunk.gzipBytes)} KB gzip`)
console.info(
  `first screen: ${report.totalGzipKB} KB gzip (target ≤ ${TARGET_KB} KB, CI's budget ${budgetKB} KB) ${report.meetsTarget ? '✓' : '✗'}`,
)
