// Starts real headless Chromium with a fresh, throw-away profile, closed when the test finishes.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject, onTestFailed, onTestFinished } from 'vitest'

/**
 * The foundation issue's flags: headless, no sandbox (root in a container), and no calls home. Every
 * host name but loopback's is unresolvable, so nothing a page or the browser tries (its push service
 * when the app subscribes) can leave this machine.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]

/** A phone-sized window, the family's usual screen. */
export const PHONE_VIEWPORT = { width: 390, height: 844 }

export interface Browsing {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

export interface LaunchOptions {
  bypassCSP?: boolean
  /** The browser's own language (`--lang` and the page's Intl default); a Norwegian phone unless told. */
  browserLanguage?: string
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browsing> {
  const language = options.browserLanguage ?? 'nb-NO'
  const profileDir = await mkdtemp(path.join(tmpdir(), 'pusterom-e2e-profile-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: options.browserLanguage ? [...CHROMIUM_FLAGS, `--lang=${language}`] : CHROMIUM_FLAGS,
      viewport: PHONE_VIEWPORT,
      locale: language,
      timezoneId: 'Europe/Oslo',
      serviceWorkers: 'allow',
      bypassCSP: options.bypassCSP ?? false,
    })
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true })
    throw error
  }
  const page = context.pages()[0] ?? (await context.newPage())
  let closed = false
  return {
    context,
    page,
    async close() {
      if (closed) return
      closed = true
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/** What the page and its workers said went wrong, printed when a test fails. */
function collectProblems(context: BrowserContext): string[] {
  const problems: string[] = []
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`)
  })
  return problems
}

/** A browser for this test only: closed and its profile deleted when the test ends, pass or fail. */
export async function browserForThisTest(options: LaunchOptions = {}): Promise<Browsing> {
  const browsing = await launchChromium(options)
  const problems = collectProblems(browsing.context)
  onTestFailed(() => {
    if (problems.length > 0) console.error(`What the browser reported:\n  ${problems.join('\n  ')}`)
  })
  onTestFinished(() => browsing.close())
  return browsing
}
