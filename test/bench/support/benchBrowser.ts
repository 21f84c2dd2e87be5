// Debian's Chromium for the browser benchmarks: a phone-sized page on a fresh profile, the family
// signed in through the real sign-in form, and the CPU slowed down through the DevTools protocol.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ensureChromium } from '../../e2e/support/ensureChromium'
import { CHROMIUM_FLAGS, PHONE_VIEWPORT } from '../../e2e/support/launchChromium'

export interface BenchBrowser {
  context: BrowserContext
  close(): Promise<void>
}

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'pusterom-bench-profile-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: PHONE_VIEWPORT,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    serviceWorkers: 'allow',
  })
  return {
    context,
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
    .getByText(/^Oppdatert \d/)
    .waitFor({ timeout: 300_000 })
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
