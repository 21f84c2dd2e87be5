// The municipality's side in tests: a staff member signed in over the real API.
import { API_PREFIX } from '../../../../src/protocol'
import type { RunningServer } from '../../../../src/server/startServer'
import { DEMO_PASSWORD } from './syncWorld'

export interface StaffClient {
  request(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown): Promise<{ status: number; body: unknown }>
}

export async function aStaffClient(server: RunningServer, username = 'lunner-ansatt'): Promise<StaffClient> {
  const signIn = await fetch(`${server.url}${API_PREFIX}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  const { token } = (await signIn.json()) as { token: string }
  return {
    async request(method, path, body) {
      const response = await fetch(`${server.url}${API_PREFIX}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json().catch(() => null)) as unknown }
    },
  }
}
