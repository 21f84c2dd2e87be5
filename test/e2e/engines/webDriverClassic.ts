// Just enough of W3C WebDriver classic (JSON over HTTP) to drive WebKitGTK through WebKitWebDriver. The npm
// clients for it (webdriver, webdriverio) install downloaders of other browsers' drivers with them, and
// selenium-webdriver needs Node 22; these are the protocol's few commands the tests use.

/** How the protocol marks an element in JSON (W3C WebDriver, "web element identifier"). */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf'
export type ElementReference = Record<typeof ELEMENT_KEY, string>

/** Past the driver's own script limit (30 s): a command that has not answered by then never will. */
const COMMAND_LIMIT_MS = 45_000

interface ProtocolError {
  error: string
  message: string
}

async function command<T>(url: string, method: 'GET' | 'POST' | 'DELETE', body?: object): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_LIMIT_MS),
  })
  const answer = (await response.json()) as { value: T | ProtocolError }
  if (!response.ok) {
    const problem = answer.value as ProtocolError
    throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${problem.error}: ${problem.message}`)
  }
  return answer.value as T
}

/** A script for "Execute Async Script" that runs `source` (a function) on the first argument, awaiting it. */
function asyncCall(source: string): string {
  return `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${source})(arguments[0])).then(
  (value) => done({ value: value === undefined ? null : value }),
  (error) => done({ error: String((error && error.stack) || error) }),
);`
}

export class WebDriverSession {
  private constructor(private readonly base: string) {}

  static async start(driverUrl: string, capabilities: object): Promise<WebDriverSession> {
    const created = await command<{ sessionId: string }>(`${driverUrl}/session`, 'POST', {
      capabilities: { alwaysMatch: capabilities },
    })
    return new WebDriverSession(`${driverUrl}/session/${created.sessionId}`)
  }

  async navigate(url: string): Promise<void> {
    await command(`${this.base}/url`, 'POST', { url })
  }

  async refresh(): Promise<void> {
    await command(`${this.base}/refresh`, 'POST', {})
  }

  async setWindowSize(width: number, height: number): Promise<void> {
    await command(`${this.base}/window/rect`, 'POST', { width, height })
  }

  /** Calls `fn` in the page with `arg` and awaits it; a throw in the page is thrown here. */
  call<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.run<R>(fn.toString(), arg)
  }

  /** Calls `fn` in the page and awaits it; the element it gives comes back as a reference. */
  elementFrom<A>(fn: (arg: A) => Promise<Element | null>, arg: A): Promise<ElementReference | null> {
    return this.run<ElementReference | null>(fn.toString(), arg)
  }

  private async run<T>(source: string, arg: unknown): Promise<T> {
    const outcome = await command<{ value?: T; error?: string }>(`${this.base}/execute/async`, 'POST', {
      script: asyncCall(source),
      args: [arg],
    })
    if (outcome.error !== undefined) throw new Error(`in the page: ${outcome.error}`)
    return outcome.value as T
  }

  /** Scrolls the element to the middle of the window: WebDriver's own scroll puts it at the bottom edge, under
   *  the app's fixed bottom menu, and then refuses the click as intercepted. */
  async scrollToMiddle(element: ElementReference): Promise<void> {
    await command(`${this.base}/execute/sync`, 'POST', {
      script: "arguments[0].scrollIntoView({ block: 'center' })",
      args: [element],
    })
  }

  async click(element: ElementReference): Promise<void> {
    await command(`${this.base}/element/${element[ELEMENT_KEY]}/click`, 'POST', {})
  }

  async replaceText(element: ElementReference, text: string): Promise<void> {
    await command(`${this.base}/element/${element[ELEMENT_KEY]}/clear`, 'POST', {})
    await command(`${this.base}/element/${element[ELEMENT_KEY]}/value`, 'POST', { text })
  }

  /** The page as PDF ("Print Page"), or null where the driver has no such command (WebKitGTK 2.50 has none). */
  async print(): Promise<Uint8Array | null> {
    try {
      return Buffer.from(await command<string>(`${this.base}/print`, 'POST', {}), 'base64')
    } catch (error) {
      if (String(error).includes('unknown command')) return null
      throw error
    }
  }

  async end(): Promise<void> {
    await command(this.base, 'DELETE')
  }
}
