// Lighthouse 12 (mobile: a mid-range phone, simulated slow 4G, CPU 4× slower) in Debian's Chromium on the
// demo data: the sign-in page as a first visit, then, signed in and served by the service worker, the
// agenda and a stay page. Targets (quality.md): performance ≥ 98, accessibility 100, best practices 100,
// cumulative layout shift ≤ 0.05. Every audit that cost points is listed, to find the cause.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import lighthouse, { type Flags } from 'lighthouse'
import { buildIfNeeded } from '../../src/server/buildIfNeeded'
import { copyOfBuild } from '../e2e/support/servedBuild'
import { waitForServiceWorkerControl } from '../e2e/support/serviceWorker'
import { launchBenchBrowser, signInAndSync } from './support/benchBrowser'
import { lighthouseFigures, type PageFigures } from './support/lighthouseFigures'
import { startServerProcess } from './support/serverProcess'
import { median } from './support/statistics'

const TARGETS = { performance: 98, accessibility: 100, bestPractices: 100, layoutShift: 0.05 }
const RUNS = Math.max(1, Math.min(Number(process.env.BENCH_RUNS ?? 3), 3))
const output = process.argv[2] ?? 'bench-results/lighthouse.json'
const DEMO_FAMILY = { username: 'lunner-forelder-1', password: 'demo' }

await buildIfNeeded(path.resolve('dist'))
const build = await copyOfBuild(path.resolve('dist'))
const server = await startServerProcess({ seed: 'demo', distDir: build.dir })
const baseUrl = server.ready.url
// Lighthouse drives the same Chromium over its debugging port; every host but loopback fails to resolve.
const browser = await launchBenchBrowser({ debuggingPort: true })

async function audit(url: string, firstVisit: boolean): Promise<PageFigures> {
  const flags: Flags = {
    port: browser.debuggingPort,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // A first visit starts from empty storage; the signed-in pages keep the session and the service worker.
    disableStorageReset: !firstVisit,
    skipAudits: ['full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot'],
  }
  const result = await lighthouse(url, flags)
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  return lighthouseFigures(result.lhr)
}

const pages: Record<string, PageFigures[]> = { signIn: [], agenda: [], stay: [] }
try {
  for (let run = 0; run < RUNS; run += 1) pages.signIn?.push(await audit(`${baseUrl}/sign-in`, true))
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  await page.goto(`${baseUrl}/sign-in`)
  await waitForServiceWorkerControl(page)
  await signInAndSync(page, baseUrl, DEMO_FAMILY.username, DEMO_FAMILY.password)
  const stayHref = await page.locator('a[href^="/stays/"]').first().getAttribute('href')
  if (!stayHref) throw new Error('the agenda shows no stay to open')
  for (let run = 0; run < RUNS; run += 1) {
    pages.agenda?.push(await audit(`${baseUrl}/`, false))
    pages.stay?.push(await audit(`${baseUrl}${stayHref}`, false))
  }
} finally {
  await browser.close()
  await server.stop()
  await build.remove()
}

const report: Record<string, unknown> = { targets: TARGETS, runs: RUNS, pages: {} as Record<string, unknown> }
let meetsTarget = true
const mark = (ok: boolean) => (ok ? '✓' : '✗')
for (const [name, runs] of Object.entries(pages)) {
  const figure = (pick: (figures: PageFigures) => number, digits = 0) => median(runs.map(pick), digits)
  const summary = {
    performance: figure((f) => f.performance),
    accessibility: figure((f) => f.accessibility),
    bestPractices: figure((f) => f.bestPractices),
    layoutShift: figure((f) => f.layoutShift, 3),
    firstContentfulPaintMs: figure((f) => f.firstContentfulPaintMs),
    largestContentfulPaintMs: figure((f) => f.largestContentfulPaintMs),
    totalBlockingTimeMs: figure((f) => f.totalBlockingTimeMs),
    // The audits that cost points in any run, with what Lighthouse said.
    lostPoints: [...new Set(runs.flatMap((f) => f.lostPoints))],
  }
  const met = {
    performance: summary.performance >= TARGETS.performance,
    accessibility: summary.accessibility >= TARGETS.accessibility,
    bestPractices: summary.bestPractices >= TARGETS.bestPractices,
    layoutShift: summary.layoutShift <= TARGETS.layoutShift,
  }
  const pageMeets = Object.values(met).every(Boolean)
  meetsTarget &&= pageMeets
  ;(report.pages as Record<string, unknown>)[name] = { ...summary, meetsTarget: pageMeets }
  console.info(
    `Lighthouse mobile, ${name} (median of ${runs.length}): performance ${summary.performance} (≥ ${TARGETS.performance}) ${mark(met.performance)}, ` +
      `accessibility ${summary.accessibility} (${TARGETS.accessibility}) ${mark(met.accessibility)}, ` +
      `best practices ${summary.bestPractices} (${TARGETS.bestPractices}) ${mark(met.bestPractices)}, ` +
      `layout shift ${summary.layoutShift} (≤ ${TARGETS.layoutShift}) ${mark(met.layoutShift)}; ` +
      `FCP ${summary.firstContentfulPaintMs} ms, LCP ${summary.largestContentfulPaintMs} ms, TBT ${summary.totalBlockingTimeMs} ms`,
  )
  for (const lost of summary.lostPoints) console.info(`    ${lost}`)
}
report.meetsTarget = meetsTarget
writeFileSync(output, JSON.stringify(report, null, 2))
