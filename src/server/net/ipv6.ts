// Reading IPv6 addresses: their eight groups, the IPv4 address some of them carry, and the /64 a host sits in.
import { isIP } from 'node:net'

/** Drops a zone id (`fe80::1%eth0`), which names an interface, not an address. */
export function withoutZone(address: string): string {
  const percent = address.indexOf('%')
  return percent === -1 ? address : address.slice(0, percent)
}

function groupsOf(part: string): number[] {
  if (part === '') return []
  return part.split(':').flatMap((group) => {
    if (!group.includes('.')) return [parseInt(group, 16)]
    const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number)
    return [(a << 8) | b, (c << 8) | d]
  })
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
export function ipv6Groups(address: string): number[] | null {
  const plain = withoutZone(address)
  if (isIP(plain) !== 6) return null
  const [head = '', tail] = plain.split('::')
  const first = groupsOf(head)
  if (tail === undefined) return first
  const last = groupsOf(tail)
  return [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last]
}

const isZero = (groups: number[]) => groups.every((group) => group === 0)

/**
 * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address, or null:
 * a connection to either reaches that IPv4 host, so the IPv4 rules are the ones that apply.
 */
export function embeddedIpv4(address: string): string | null {
  const groups = ipv6Groups(address)
  if (!groups) return null
  const mapped = isZero(groups.slice(0, 5)) && groups[5] === 0xffff
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && isZero(groups.slice(2, 6))
  if (!mapped && !nat64) return null
  const [high = 0, low = 0] = groups.slice(6)
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

/** The /64 of an IPv6 address (what one home or phone is usually given), e.g. `2001:db8:1:2::/64`. */
export function ipv6Network64(address: string): string | null {
  const groups = ipv6Groups(address)
  return groups
    ? `${groups
        .slice(0, 4)
        .map((group) => group.toString(16))
        .join(':')}::/64`
    : null
}
