// Firefox ESR over WebDriver BiDi through puppeteer-core (no driver, no download): one browser per test file,
// each phone in a user context of its own (its own storage, service workers and caches).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core'
import type { NowhereProxy } from '../support/nowhereProxy'
import { PHONE_VIEWPORT } from '../support/launchChromium'
import type { EngineDriver, FoundElement } from './phone'
import { findInPage } from './target'

/** Every host but loopback goes to a proxy that refuses it, and Firefox's own calls home are off. */
function preferences(proxy: NowhereProxy): Record<string, unknown> {
  const everyScheme = ['http', 'ssl'].flatMap((scheme) => [
    [`network.proxy.${scheme}`, '127.0.0.1'],
    [`network.proxy.${scheme}_port`, proxy.port],
  ])
  return {
    ...Object.fromEntries(everyScheme),
    'network.proxy.type': 1, // manual; loopback is never proxied (network.proxy.allow_hijacking_localhost)
    'network.proxy.share_proxy_settings': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'browser.region.update.enabled': false,
    'intl.accept_languages': 'nb-NO, nb, no',
  }
}

export interface Firefox {
  browser: Browser
  /** The phone's page in front: Firefox stops drawing frames (and slows timers) in the others. */
  front: Page | null
  close(): Promise<void>
}

export async function launchFirefox(executablePath: string, proxy: NowhereProxy): Promise<Firefox> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'pusterom-e2e-firefox-'))
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: preferences(proxy),
    env: { ...process.env, TZ: 'Europe/Oslo' },
  })
  return {
    browser,
    front: null,
    async close() {
      await browser.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

function found(element: ElementHandle<Element>): FoundElement {
  return {
    click: () => element.click(),
    async fill(text) {
      await element.evaluate((field) => {
        ;(field as HTMLInputElement).value = ''
      })
      await element.type(text)
    },
  }
}

/** A new phone: a user context of its own in the shared browser. */
export async function firefoxDriver(firefox: Firefox): Promise<EngineDriver> {
  const context = await firefox.browser.createBrowserContext()
  const page = await context.newPage()
  await page.setViewport(PHONE_VIEWPORT)
  const inFront = async () => {
    if (firefox.front === page) return
    await page.bringToFront()
    firefox.front = page
  }
  return {
    async goto(url) {
      await inFront()
      await page.goto(url)
    },
    async reload() {
      await inFront()
      await page.reload()
    },
    // As source text: puppeteer's typing of a function's argument cannot follow a generic one through.
    async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A) {
      await inFront()
      return (await page.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`)) as R
    },
    async find(target) {
      await inFront()
      const element = (await page.evaluateHandle(findInPage, target)).asElement()
      return element ? found(element as ElementHandle<Element>) : null
    },
    resize: (width, height) => page.setViewport({ width, height }),
    async print() {
      await inFront()
      return page.pdf({ format: 'a4' })
    },
    async close() {
      if (firefox.front === page) firefox.front = null
      await context.close()
    },
  }
}
