// `npm run bench`: runs every benchmark script in this folder (`*.bench.ts`) one after another,
// each in its own process, and gathers their JSON reports in bench-results/summary.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'

const benchDir = path.dirname(new URL(import.meta.url).pathname)
const resultsDir = path.resolve('bench-results')
mkdirSync(resultsDir, { recursive: true })

const only = process.argv.slice(2)
const scripts = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort()

const summary: Record<string, unknown> = {}
let failures = 0
for (const script of scripts) {
  const name = script.replace(/\.bench\.ts$/, '')
  const output = path.join(resultsDir, `${name}.json`)
  console.info(`\n▶ ${name}`)
  const run = spawnSync('npx', ['tsx', path.join(benchDir, script), output], { stdio: 'inherit' })
  if (run.status !== 0 || !existsSync(output)) {
    failures += 1
    summary[name] = { error: `exited with ${run.status}` }
    continue
  }
  summary[name] = JSON.parse(readFileSync(output, 'utf8'))
}
writeFileSync(path.join(resultsDir, 'summary.json'), JSON.stringify(summary, null, 2))
console.info(`\nWrote ${path.join(resultsDir, 'summary.json')}`)
const missed = Object.entries(summary).filter(
  ([, report]) => (report as { meetsTarget?: boolean }).meetsTarget === false,
)
for (const [name] of missed) console.info(`✗ ${name} misses its target`)
process.exit(failures > 0 ? 1 : 0)
