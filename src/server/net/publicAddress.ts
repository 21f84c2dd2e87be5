// Which IP addresses are out on the public internet, so the server may send there on a stranger's word:
// never loopback, private, link-local, shared (CGNAT), multicast, reserved or documentation ranges.
import { BlockList, isIP } from 'node:net'
import { embeddedIpv4, withoutZone } from './ipv6'

const notPublicIpv4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the host itself
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, where cloud metadata services live
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
]

// Only global unicast (2000::/3) can be public; this takes out what inside it is not.
const notPublicIpv6: Array<[string, number]> = [
  ['2001::', 23], // IETF protocol assignments, Teredo among them
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: an IPv4 address inside, reached through a relay
  ['3fff::', 20], // documentation
]

const blocked = new BlockList()
for (const [network, prefix] of notPublicIpv4) blocked.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of notPublicIpv6) blocked.addSubnet(network, prefix, 'ipv6')
const globalUnicast = new BlockList()
globalUnicast.addSubnet('2000::', 3, 'ipv6')
const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

export function isPublicAddress(address: string): boolean {
  const plain = withoutZone(address)
  const family = isIP(plain)
  if (family === 4) return !blocked.check(plain, 'ipv4')
  if (family !== 6) return false
  const ipv4 = embeddedIpv4(plain)
  if (ipv4 !== null) return isPublicAddress(ipv4)
  return globalUnicast.check(plain, 'ipv6') && !blocked.check(plain, 'ipv6')
}

export function isLoopbackAddress(address: string): boolean {
  const plain = withoutZone(address)
  const ipv4 = embeddedIpv4(plain)
  if (ipv4 !== null) return isLoopbackAddress(ipv4)
  const family = isIP(plain)
  return family !== 0 && loopback.check(plain, family === 4 ? 'ipv4' : 'ipv6')
}
