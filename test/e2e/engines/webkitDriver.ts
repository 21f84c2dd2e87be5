// WebKitGTK (Safari's engine family) through WebKitWebDriver, which starts MiniBrowser in automation mode on
// Xvfb's display: one driver and one ephemeral MiniBrowser session per phone (a driver holds one session).
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { WebKitPrograms } from '../support/ensureBrowsers'
import { PHONE_VIEWPORT } from '../support/launchChromium'
import type { NowhereProxy } from '../support/nowhereProxy'
import type { EngineDriver } from './phone'
import { findInPage } from './target'
import { WebDriverSession } from './webDriverClassic'

const LOOPBACK = ['127.0.0.1', 'localhost', '::1']

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Resolves once the driver answers its status; rejects if it exits first. */
async function driverReady(url: string, driver: ChildProcess): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}) before it answered`))),
  )
  const answered = (async () => {
    for (;;) {
      const ready = await fetch(`${url}/status`).then(
        (response) => response.ok,
        () => false,
      )
      if (ready) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  await Promise.race([answered, exited])
}

function capabilities(programs: WebKitPrograms, proxy: NowhereProxy): object {
  return {
    browserName: 'MiniBrowser',
    // Every host but loopback goes to a proxy that refuses it: WebKit sends it the name and resolves none.
    proxy: { proxyType: 'manual', httpProxy: proxy.address, sslProxy: proxy.address, noProxy: LOOPBACK },
    'webkitgtk:browserOptions': {
      binary: programs.miniBrowser,
      args: ['--automation', '--enable-dns-prefetching=false'],
    },
  }
}

/** WebKitWebDriver on a free port with a MiniBrowser session on it; the driver is ended if the session fails. */
async function startSession(programs: WebKitPrograms, display: string, proxy: NowhereProxy) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const driver = spawn(programs.driver, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, TZ: 'Europe/Oslo' },
    stdio: 'ignore',
  })
  try {
    await driverReady(url, driver)
    const session = await WebDriverSession.start(url, capabilities(programs, proxy))
    await session.setWindowSize(PHONE_VIEWPORT.width, PHONE_VIEWPORT.height)
    return { driver, session }
  } catch (error) {
    driver.kill()
    throw error
  }
}

export async function webkitDriver(
  programs: WebKitPrograms,
  display: string,
  proxy: NowhereProxy,
): Promise<EngineDriver> {
  // On a loaded machine MiniBrowser's start now and then never answers: a second start has always answered.
  const { driver, session } = await startSession(programs, display, proxy).catch(() =>
    startSession(programs, display, proxy),
  )
  return {
    goto: (address) => session.navigate(address),
    reload: () => session.refresh(),
    evaluate: (fn, arg) => session.call(fn, arg),
    async find(target) {
      const element = await session.elementFrom(findInPage, target)
      if (!element) return null
      return {
        async click() {
          await session.scrollToMiddle(element)
          await session.click(element)
        },
        fill: (text) => session.replaceText(element, text),
      }
    },
    resize: (width, height) => session.setWindowSize(width, height),
    print: () => session.print(),
    async close() {
      await session.end().catch(() => undefined)
      driver.kill()
    },
  }
}
