// The contact push services see (VAPID_SUBJECT): Apple refuses pushes whose subject it cannot reach, so a
// server outside demo mode does not start without a real one.
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../src/server/config'

const production = { DATABASE_URL: 'postgres://127.0.0.1/pusterom' }

describe('the push contact outside demo mode', () => {
  it('refuses to start without VAPID_SUBJECT', () => {
    expect(() => readConfig(production)).toThrow(/VAPID_SUBJECT/)
    expect(() => readConfig({ DEMO: '0' })).toThrow(/VAPID_SUBJECT/)
  })

  it('refuses the demo default and any other .invalid address', () => {
    expect(() => readConfig({ ...production, VAPID_SUBJECT: 'mailto:drift@pusterom.invalid' })).toThrow(/VAPID_SUBJECT/)
    expect(() => readConfig({ ...production, VAPID_SUBJECT: 'https://drift.pusterom.INVALID.' })).toThrow(
      /VAPID_SUBJECT/,
    )
  })

  it('refuses what is not a mailto: or https: address with a domain', () => {
    for (const subject of ['drift@lunner.kommune.no', 'http://lunner.kommune.no', 'mailto:drift', 'https://localhost'])
      expect(() => readConfig({ ...production, VAPID_SUBJECT: subject }), subject).toThrow(/VAPID_SUBJECT/)
  })

  it('starts with a real mailto: or https: contact', () => {
    expect(readConfig({ ...production, VAPID_SUBJECT: 'mailto:drift@lunner.kommune.no' }).demo).toBe(false)
    expect(readConfig({ ...production, VAPID_SUBJECT: 'https://lunner.kommune.no/pusterom' }).demo).toBe(false)
  })

  it('needs none in demo mode, where the default stands in', () => {
    expect(readConfig({}).demo).toBe(true)
    expect(readConfig({ ...production, DEMO: '1' }).demo).toBe(true)
  })
})
