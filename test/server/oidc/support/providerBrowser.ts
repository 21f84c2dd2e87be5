// A tiny browser for sign-in tests: follows redirects one at a time, keeps each origin's cookies, and
// fills in the stand-in provider's pick-a-person form. Loopback only, like every test's traffic.
export interface Hop {
  status: number
  url: string
  location: string | null
  body: string
}

export class ProviderBrowser {
  private readonly cookies = new Map<string, Map<string, { value: string; path: string }>>()

  private cookieHeader(url: URL): string {
    const jar = this.cookies.get(url.origin)
    if (!jar) return ''
    return [...jar]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ')
  }

  private keep(url: URL, response: Response): void {
    const jar = this.cookies.get(url.origin) ?? new Map<string, { value: string; path: string }>()
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim())
      const at = pair.indexOf('=')
      const path = attributes.find((attribute) => attribute.toLowerCase().startsWith('path='))?.slice(5) ?? '/'
      const expired = attributes.some((attribute) => /^expires=Thu, 01 Jan 1970/i.test(attribute))
      if (expired) jar.delete(pair.slice(0, at))
      else jar.set(pair.slice(0, at), { value: pair.slice(at + 1), path })
    }
    this.cookies.set(url.origin, jar)
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Hop> {
    const target = new URL(url)
    if (!['127.0.0.1', '[::1]', 'localhost'].includes(target.hostname)) throw new Error(`not loopback: ${url}`)
    const headers: Record<string, string> = { cookie: this.cookieHeader(target) }
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'manual',
    })
    this.keep(target, response)
    const location = response.headers.get('location')
    return {
      status: response.status,
      url: target.href,
      location: location === null ? null : new URL(location, target).href,
      body: await response.text(),
    }
  }

  /** Follows redirects from `url` until a page answers or `stop` says this address is where to stop. */
  async follow(url: string, stop: (url: string) => boolean = () => false): Promise<Hop> {
    let hop = await this.request(url)
    for (let hops = 0; hop.location && !stop(hop.location); hops += 1) {
      if (hops > 20) throw new Error('too many redirects')
      hop = await this.request(hop.location)
    }
    return hop
  }
}

/** The pick-a-person form's action on a stand-in's login page. */
export function formAction(hop: Hop): string {
  const action = /<form method="post" action="([^"]+)"/.exec(hop.body)?.[1]
  if (!action) throw new Error(`no sign-in form at ${hop.url} (status ${hop.status})`)
  return new URL(action.replace(/&#38;/g, '&'), hop.url).href
}
