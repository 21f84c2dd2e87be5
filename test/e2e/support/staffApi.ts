// The municipality's side of an e2e test: the real server's API with a staff member's token, as the
// console would call it.
import { ConflictCode } from '../../../src/protocol'
import { DEMO_PASSWORD } from '../../../src/server/seed/demoAccounts'

/** A test's stay is planned whatever it collides with (in the past, beside a demo stay), as staff may with a reason. */
export const PLANNED_ANYWAY = { reason: 'Satt opp i testen', accept: ConflictCode.options }

/** `app` is the served app, whose address is known only once its server runs. */
export function staffApi(app: { readonly url: string }) {
  async function api<T>(path: string, init: { method: string; token?: string; body?: unknown }): Promise<T> {
    const response = await fetch(`${app.url}/api/v1${path}`, {
      method: init.method,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }

  async function staffToken(username = 'lunner-ansatt'): Promise<string> {
    const body = { username, password: DEMO_PASSWORD }
    return (await api<{ token: string }>('/session', { method: 'POST', body })).token
  }

  return { api, staffToken }
}
