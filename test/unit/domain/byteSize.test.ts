import { describe, expect, it } from 'vitest'
import { formatBytes } from '../../../src/domain/byteSize'

describe('how much the app keeps on the phone, as the settings page says it', () => {
  it('says bytes below a kilobyte', () => {
    expect(formatBytes(999, 'nb')).toBe('999 B')
  })

  it('says 1 kB from a thousand bytes', () => {
    expect(formatBytes(1000, 'nb')).toBe('1 kB')
  })

  it('says kilobytes with one decimal, with a comma in Norwegian', () => {
    expect(formatBytes(1500, 'nb')).toBe('1,5 kB')
  })

  it('says megabytes and gigabytes', () => {
    expect([formatBytes(1_500_000, 'nn'), formatBytes(2_340_000_000, 'nb')]).toEqual(['1,5 MB', '2,3 GB'])
  })

  it('writes a decimal point in English', () => {
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB')
  })

  it('stays in gigabytes beyond a thousand of them', () => {
    expect(formatBytes(5e12, 'en')).toBe('5,000 GB')
  })

  it('says nothing is used when the browser reports less than nothing', () => {
    expect(formatBytes(-5, 'nb')).toBe('0 B')
  })
})
