// Debian's Chromium for the browser benchmarks: a phone-sized page on a fresh profile, the family
// signed in through the real sign-in form, and the CPU slowed down through the DevTools protocol.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ensureChromium } from '../../e2e/support/ensureBrowsers'
import { CHROMIUM_FLAGS, PHONE_VIEWPORT } from '../../e2e/support/launchChromium'

export interface BenchBrowser {
  context: BrowserContext
  /** With `debuggingPort: true`: the DevTools port on loopback (for Lighthouse), else 0. */
  debuggingPort: number
  close(): Promise<void>
}

// For a tool driving the browser over its port (Lighthouse); CHROMIUM_FLAGS already keep it on loopback.
const DEBUGGING_FLAGS = ['--remote-debugging-port=0']

/** The port Chromium chose, from the file it writes in its profile. */
async function readDebuggingPort(profileDir: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const written = await readFile(path.join(profileDir, 'DevToolsActivePort'), 'utf8').catch(() => '')
    const port = Number(written.split('\n')[0])
    if (port > 0) return port
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('Chromium did not open its debugging port')
}

export async function launchBenchBrowser(options: { debuggingPort?: boolean } = {}): Promise<BenchBrowser> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'pusterom-bench-profile-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.debuggingPort ? DEBUGGING_FLAGS : [])],
    viewport: PHONE_VIEWPORT,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    serviceWorkers: 'allow',
    // Lighthouse checks the back/forward cache, which Playwright turns off by default.
    ...(options.debuggingPort && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  })
  return {
    context,
    debuggingPort: options.debuggingPort ? await readDebuggingPort(profileDir) : 0,
    async close() {
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/** Signs in with the password form and waits for the first sync to end. */
export async function signInAndSync(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Brukernavn').fill(username)
  await page.getByLabel('Passord').fill(password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page
    .getByTestId('sync-status')
    .getByText(/^Oppdatert kl\. \d/)
    .waitFor({ timeout: 300_000 })
}

// In the page's own clock, as the floor is timed: when the first /sync request started (its resource
// timing), and the frame in which the sync status first says "Oppdatert kl. …" (a MutationObserver on the
// page, then the animation frame that paints it). Playwright's poll of the text would add up to 500 ms.
export const SYNC_PROBE = `
window.__syncBench = { pulled: Number.NaN, updated: Number.NaN }
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (Number.isNaN(window.__syncBench.pulled) && new URL(entry.name).pathname === '/api/v1/sync')
      window.__syncBench.pulled = entry.startTime
}).observe({ type: 'resource', buffered: true })
const watchStatus = new MutationObserver(() => {
  const status = document.querySelector('[data-testid="sync-status"]')
  if (!status || !/^Oppdatert kl\\. \\d/.test(status.textContent.trim())) return
  watchStatus.disconnect()
  requestAnimationFrame((frame) => { window.__syncBench.updated = frame })
})
watchStatus.observe(document, { subtree: true, childList: true, characterData: true })
`

/** After `signInAndSync` in a page with SYNC_PROBE: from the first /sync request to "Oppdatert" shown, in ms. */
export async function firstSyncSpan(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __syncBench: { pulled: number; updated: number } }).__syncBench
    return !Number.isNaN(probe.pulled) && !Number.isNaN(probe.updated)
  })
  return page.evaluate(() => {
    const probe = (window as unknown as { __syncBench: { pulled: number; updated: number } }).__syncBench
    if (!(probe.updated > probe.pulled)) throw new Error('"Oppdatert" was shown before the first /sync request')
    return probe.updated - probe.pulled
  })
}

/** Runs the page's main thread `rate` times slower, as on a mid-range phone (quality.md: 4×). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page)
  await session.send('Emulation.setCPUThrottlingRate', { rate })
}

/** The page's JS heap in use after a full collection, in bytes (DevTools protocol). */
export async function heapAfterCollection(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  await session.detach()
  return usedSize
}
