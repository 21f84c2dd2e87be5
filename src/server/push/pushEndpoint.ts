// Where the server may send a push: an https: push service on a public address, checked when a device
// subscribes and again at every send (a name may point elsewhere by then), so a family cannot make the
// server post into its own network. Loopback is allowed only when the operator says so (tests, local dev).
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { isLoopbackAddress, isPublicAddress } from '../net/publicAddress'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}

/** What a host name stands for; injectable so tests check the rules without asking any DNS server. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>

export interface PushEndpointRules {
  resolve: HostResolver
  /** PUSH_ALLOW_LOOPBACK: also http: and https: push services on this machine (a local stand-in). */
  allowLoopback: boolean
}

export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }))

export function pushEndpointRules(options: Partial<PushEndpointRules> = {}): PushEndpointRules {
  return { resolve: options.resolve ?? systemResolver, allowLoopback: options.allowLoopback ?? false }
}

/** An endpoint that passed the rules, with the one address to connect to. */
export interface CheckedEndpoint {
  url: URL
  address: ResolvedAddress
}

async function addressesOf(url: URL, resolve: HostResolver): Promise<ResolvedAddress[]> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  const literal = isIP(host)
  if (literal !== 0) return [{ address: host, family: literal === 6 ? 6 : 4 }]
  try {
    return await resolve(host)
  } catch {
    return []
  }
}

/** The endpoint and the address to send to, or null when the server must not send there. */
export async function checkPushEndpoint(endpoint: string, rules: PushEndpointRules): Promise<CheckedEndpoint | null> {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return null
  }
  const loopbackAllowed = (address: string) => rules.allowLoopback && isLoopbackAddress(address)
  const httpAllowed = url.protocol === 'http:' && rules.allowLoopback
  if ((url.protocol !== 'https:' && !httpAllowed) || url.username !== '' || url.password !== '') return null
  const addresses = await addressesOf(url, rules.resolve)
  // Every address the name has must be allowed: a name with one public and one inner address is refused.
  const allowed = (address: string) =>
    url.protocol === 'https:' ? isPublicAddress(address) || loopbackAllowed(address) : loopbackAllowed(address)
  const [first] = addresses
  if (!first || !addresses.every(({ address }) => allowed(address))) return null
  return { url, address: first }
}
