// A resolver that answers from a table and asks no DNS server: names outside the table do not exist.
import { isIP } from 'node:net'
import type { HostResolver } from '../../../../src/server/push/pushEndpoint'

export interface FakeResolver extends HostResolver {
  /** Every name asked for, in order. */
  asked: string[]
  /** Points a name at other addresses from now on (DNS rebinding). */
  point(name: string, ...addresses: string[]): void
}

export function fakeResolver(table: Record<string, string[]> = {}): FakeResolver {
  const names = new Map(Object.entries(table))
  const asked: string[] = []
  const resolve = async (hostname: string) => {
    asked.push(hostname)
    const addresses = names.get(hostname)
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return addresses.map((address) => ({ address, family: isIP(address) === 6 ? (6 as const) : (4 as const) }))
  }
  return Object.assign(resolve, { asked, point: (name: string, ...addresses: string[]) => names.set(name, addresses) })
}
