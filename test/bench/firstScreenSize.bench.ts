// Benchmark: JavaScript + CSS the browser loads before the first screen, gzipped (target ≤ 110 KB).
// Counts what index.html references (entry script, modulepreloads, stylesheets), per chunk.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildIfNeeded } from '../../src/server/buildIfNeeded'

const TARGET_BYTES = 110 * 1024
const distDir = path.resolve('dist')
const output = process.argv[2] ?? 'bench-results/firstScreenSize.json'

await buildIfNeeded(distDir)
const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
const referenced = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
  (match) => match[1] as string,
)
const chunks = [...new Set(referenced)].map((asset) => {
  const content = readFileSync(path.join(distDir, asset))
  return { asset, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }
})
const totalGzipBytes = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
const report = {
  target: '≤ 110 KB gzip',
  totalGzipBytes,
  totalGzipKB: +(totalGzipBytes / 1024).toFixed(1),
  meetsTarget: totalGzipBytes <= TARGET_BYTES,
  chunks,
}
writeFileSync(output, JSON.stringify(report, null, 2))
for (const chunk of chunks) console.info(`${chunk.asset}: ${(chunk.gzipBytes / 1024).toFixed(1)} KB gzip`)
console.info(`first screen: ${report.totalGzipKB} KB gzip (target ≤ 110 KB) ${report.meetsTarget ? '✓' : '✗'}`)
