// A phone under test, the same to a test on every engine: it opens the app through its own link to the server,
// finds things as a person does, taps and types natively, and waits for what it expects (never for time).
import type { ServerLink } from '../support/serverLink'
import { describeTarget, targetInPage, type Target, type TargetInPage } from './target'

export type Engine = 'chromium' | 'firefox' | 'webkit'

/** An element found on the page, handled by the engine's own input (a real tap and real keys). */
export interface FoundElement {
  click(): Promise<void>
  fill(text: string): Promise<void>
}

/** What each engine's adapter does natively; the rest is built on these, once. */
export interface EngineDriver {
  goto(url: string): Promise<void>
  reload(): Promise<void>
  /** `fn` is sent into the page as source text: it may use nothing from outside its own body. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>
  /** Runs `findInPage` in the page. */
  find(target: TargetInPage): Promise<FoundElement | null>
  /** Sets the size of the page's window (a tablet's, a computer's). */
  resize(width: number, height: number): Promise<void>
  /** The page printed on A4, as PDF; null where the engine cannot print. */
  print(): Promise<Uint8Array | null>
  close(): Promise<void>
}

/** Long enough for a loaded 2-core machine; only reached when something is broken. */
const GIVE_UP_AFTER_MS = 20_000
const LOOK_AGAIN_MS = 100

export class Phone {
  constructor(
    readonly engine: Engine,
    private readonly driver: EngineDriver,
    private readonly link: ServerLink,
  ) {}

  /** Opens a path of the app, e.g. `/sign-in`. */
  open(path: string): Promise<void> {
    return this.driver.goto(this.link.url + path)
  }

  reload(): Promise<void> {
    return this.driver.reload()
  }

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.driver.evaluate(fn, arg)
  }

  /** The server goes out of this phone's reach; the phone itself still believes it is online. */
  loseServer(): void {
    this.link.cut()
  }

  regainServer(): void {
    this.link.mend()
  }

  waitFor(target: Target, timeoutMs = GIVE_UP_AFTER_MS): Promise<FoundElement> {
    return this.until(describeTarget(target), () => this.driver.find(targetInPage(target, 'type')), timeoutMs)
  }

  async click(target: Target): Promise<void> {
    const what = describeTarget(target)
    await (await this.until(what, () => this.driver.find(targetInPage(target, 'click')))).click()
  }

  async fill(target: Target, text: string): Promise<void> {
    await (await this.waitFor(target)).fill(text)
  }

  /** Resolves once `check` (which may look into the page) holds, looking again until it does. */
  async waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = GIVE_UP_AFTER_MS): Promise<void> {
    await this.until(what, async () => ((await check()) ? true : null), timeoutMs)
  }

  /** Printed as PDF; null on an engine whose driver cannot print (WebKitGTK's). */
  print(): Promise<Uint8Array | null> {
    return this.driver.print()
  }

  resize(width: number, height: number): Promise<void> {
    return this.driver.resize(width, height)
  }

  close(): Promise<void> {
    return this.driver.close()
  }

  private async until<T>(what: string, look: () => Promise<T | null>, timeoutMs = GIVE_UP_AFTER_MS): Promise<T> {
    const giveUpAt = Date.now() + timeoutMs
    for (;;) {
      // A look may fail while a page is being replaced, or hang in a browser that is stuck: both are "not yet".
      const found = await Promise.race([
        look().catch(() => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(giveUpAt - Date.now(), 0))),
      ])
      if (found !== null) return found
      if (Date.now() >= giveUpAt) throw new Error(`${this.engine}: gave up waiting for ${what}; ${await this.screen()}`)
      await new Promise((resolve) => setTimeout(resolve, LOOK_AGAIN_MS))
    }
  }

  /** What the screen says, for a failure message. */
  private async screen(): Promise<string> {
    const text = await Promise.race([
      this.driver
        .evaluate(() => `${location.pathname}: ${document.body.innerText.replace(/\s+/g, ' ').slice(0, 400)}`, null)
        .catch((error: unknown) => `nothing it could say (${String(error)})`),
      new Promise<string>((resolve) => setTimeout(() => resolve('nothing: the page does not answer'), 5_000)),
    ])
    return `the screen shows ${text}`
  }
}
