// The server sends a push only to an https: push service out on the internet, whatever a family posts:
// never to this machine, the municipality's own network or the cloud's metadata service. Names are
// resolved by a fake resolver, so these checks send nothing anywhere.
import { describe, expect, it } from 'vitest'
import { checkPushEndpoint, pushEndpointRules } from '../../../src/server/push/pushEndpoint'
import { fakeResolver } from './support/fakeResolver'

const resolve = fakeResolver({
  'fcm.example.test': ['142.250.74.106', '2a00:1450:400f:80d::200a'],
  'push.example.test': ['10.0.0.1'],
  'metadata.example.test': ['169.254.169.254'],
  'half.example.test': ['142.250.74.106', '192.168.1.10'],
  'localhost.example.test': ['127.0.0.1'],
})
const rules = pushEndpointRules({ resolve })
const withLoopback = pushEndpointRules({ resolve, allowLoopback: true })
const accepted = async (endpoint: string, given = rules) => (await checkPushEndpoint(endpoint, given)) !== null

describe('a push endpoint a family posts', () => {
  it('is accepted when it is https: and its name resolves to public addresses only', async () => {
    const checked = await checkPushEndpoint('https://fcm.example.test/wp/abc', rules)
    expect(checked?.address).toEqual({ address: '142.250.74.106', family: 4 })
    expect(await accepted('https://[2a00:1450:400f:80d::200a]/wp/abc')).toBe(true)
  })

  it.each([
    'http://fcm.example.test/wp/abc',
    'file:///etc/passwd',
    'gopher://fcm.example.test:25/x',
    'ftp://fcm.example.test/x',
  ])('is refused when it is not https: (%s)', async (endpoint) => {
    expect(await accepted(endpoint)).toBe(false)
  })

  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.251',
    '255.255.255.255',
    '192.0.2.10',
    '[::1]',
    '[::]',
    '[::ffff:127.0.0.1]',
    '[::ffff:a9fe:a9fe]',
    '[64:ff9b::a00:1]',
    '[fc00::1]',
    '[fd12:3456::1]',
    '[fe80::1]',
    '[ff02::1]',
    '[2001:db8::1]',
    '[2002:a00:1::1]',
  ])('is refused when it names an address inside a network or not on the internet (%s)', async (host) => {
    expect(await accepted(`https://${host}/wp/abc`)).toBe(false)
  })

  it('is refused when its name resolves to a private, link-local or loopback address', async () => {
    expect(await accepted('https://push.example.test/wp/abc')).toBe(false)
    expect(await accepted('https://metadata.example.test/latest/meta-data/')).toBe(false)
    expect(await accepted('https://localhost.example.test/wp/abc')).toBe(false)
  })

  it('is refused when any one of the addresses its name has is not public', async () => {
    expect(await accepted('https://half.example.test/wp/abc')).toBe(false)
  })

  it('is refused when its name does not resolve, or it carries a user name and password', async () => {
    expect(await accepted('https://nowhere.example.test/wp/abc')).toBe(false)
    expect(await accepted('https://user:secret@fcm.example.test/wp/abc')).toBe(false)
  })

  it('may be on loopback, http: or https:, only when the server is told to allow it', async () => {
    expect(await accepted('http://127.0.0.1:4000/push/1', withLoopback)).toBe(true)
    expect(await accepted('https://localhost.example.test/push/1', withLoopback)).toBe(true)
    expect(await accepted('http://[::1]:4000/push/1', withLoopback)).toBe(true)
    expect(await accepted('http://127.0.0.1:4000/push/1')).toBe(false)
    // Allowing loopback allows nothing else: no http: to the internet, no private networks.
    expect(await accepted('http://fcm.example.test/wp/abc', withLoopback)).toBe(false)
    expect(await accepted('https://push.example.test/wp/abc', withLoopback)).toBe(false)
    expect(await accepted('http://169.254.169.254/latest/', withLoopback)).toBe(false)
  })
})
