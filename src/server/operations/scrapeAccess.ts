// Who may read /metrics: a caller on this machine that no proxy relayed, or anyone with the configured
// scrape token (METRICS_TOKEN, as a bearer token). A proxy on this machine relays the world's requests
// from loopback, so a request carrying forwarding headers counts as from elsewhere.
import { createHash, timingSafeEqual } from 'node:crypto'
import { isLoopbackAddress } from '../net/publicAddress'

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'] as const

const digest = (text: string) => createHash('sha256').update(text).digest()

function presentsToken(authorization: string | undefined, token: string): boolean {
  const presented = /^bearer +(\S+)$/i.exec(authorization ?? '')?.[1]
  // Compared as digests, so neither the length nor the first wrong byte shows in the time taken.
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token))
}

export function mayScrape(
  remoteAddress: string | undefined,
  header: (name: string) => string | undefined,
  token: string | null,
): boolean {
  if (token !== null && presentsToken(header('authorization'), token)) return true
  const relayed = FORWARDING_HEADERS.some((name) => header(name) !== undefined)
  return !relayed && remoteAddress !== undefined && isLoopbackAddress(remoteAddress)
}
