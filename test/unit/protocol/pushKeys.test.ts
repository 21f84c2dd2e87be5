import { describe, expect, it } from 'vitest'
import { PushKeys } from '../../../src/protocol/pushKeys'
import { aDevicesPushKeys } from '../../support/pushBuilders'
import { acceptedAmong, problemWith, refusedAmong } from '../../support/schemaChecks'

const bytes = (text: string) => Buffer.from(text, 'base64url')
const base64url = (...parts: (Buffer | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(part))).toString('base64url')
const publicKey = bytes(aDevicesPushKeys.p256dh)
const [x, y] = [publicKey.subarray(1, 33), publicKey.subarray(33)]
/** The point (0, √b) is on P-256; p is the field's prime, so (p, √b) names the same point out of range. */
const fieldPrime = Buffer.from('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff', 'hex')
const rootOfB = Buffer.from('66485c780e2f83d72433bd5d84a06bb6541c2af31dae871728bf856a174f93f4', 'hex')
const zero = Buffer.alloc(32)
/** (x1, 1) is on P-256 too, so (x1, p + 1) names it with y out of range. */
const xOfY1 = Buffer.from('6916fac45e568b6b9e2e2ecd611b282e5fcc40a3067d601057f879ce5a8a73cc', 'hex')
const one = Buffer.from('00'.repeat(31) + '01', 'hex')
const primePlusOne = Buffer.from('ffffffff00000001000000000000000000000001000000000000000000000000', 'hex')
const withPadding = (text: string) => Buffer.from(bytes(text)).toString('base64')
const p256dh = PushKeys.shape.p256dh
const auth = PushKeys.shape.auth

describe('the push keys a phone sends when it subscribes', () => {
  it('takes the keys a browser makes', () => {
    expect(PushKeys.parse(aDevicesPushKeys)).toEqual(aDevicesPushKeys)
  })

  it('takes keys written with base64 padding', () => {
    const padded = [withPadding(aDevicesPushKeys.p256dh).replaceAll('+', '-').replaceAll('/', '_')]
    expect([...refusedAmong(p256dh, padded), ...refusedAmong(auth, ['tt74wP7n1WG5i--xJUC_9w=='])]).toEqual([])
  })

  it('takes any point on the curve, also one with x = 0 or y = 1', () => {
    expect(refusedAmong(p256dh, [base64url([4], zero, rootOfB), base64url([4], xOfY1, one)])).toEqual([])
  })

  it('refuses a public key that is no point on the curve, saying what it expects', () => {
    const offTheCurve = base64url([4], x, y.subarray(0, 31), [y[31]! ^ 1])
    expect(problemWith(p256dh, offTheCurve)).toBe(
      'expected an uncompressed P-256 public key (65 bytes, base64url) on the curve',
    )
  })

  it('refuses a point on the curve written with x or y past the field’s prime', () => {
    expect(acceptedAmong(p256dh, [base64url([4], fieldPrime, rootOfB), base64url([4], xOfY1, primePlusOne)])).toEqual(
      [],
    )
  })

  it('refuses a compressed key, a key without its leading 4, and a key cut short', () => {
    const keys = [base64url([2], x), base64url([3], x, y), base64url([4], x, y.subarray(0, 31))]
    expect(acceptedAmong(p256dh, keys)).toEqual([])
  })

  it('refuses keys in plain base64 or with text around them', () => {
    const plain = withPadding(aDevicesPushKeys.p256dh)
    expect(plain).toMatch(/[+/]/)
    expect(acceptedAmong(p256dh, [plain, `${aDevicesPushKeys.p256dh}!`, `=${aDevicesPushKeys.p256dh}`])).toEqual([])
  })

  it('refuses an auth secret of 15 or 17 bytes, or one that is not base64url, saying what it expects', () => {
    const secrets = [base64url(Buffer.alloc(15)), base64url(Buffer.alloc(17)), 'A', 'tt74wP7n1WG5i--xJUC_9w===']
    expect(acceptedAmong(auth, secrets)).toEqual([])
    expect(problemWith(auth, base64url(Buffer.alloc(15)))).toBe('expected 16 bytes, base64url')
  })
})
