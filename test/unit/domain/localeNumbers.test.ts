import { describe, expect, it } from 'vitest'
import { formatBytes } from '../../../src/domain/byteSize'
import { formatDecimal, formatList } from '../../../src/domain/localeNumbers'

describe('numbers and lists in the app’s language', () => {
  it('writes a decimal comma in Norwegian and a point in English', () => {
    expect(formatDecimal(1.5, 'nn')).toBe('1,5')
    expect(formatDecimal(1.5, 'en')).toBe('1.5')
    expect(formatDecimal(2, 'nb')).toBe('2')
    expect(formatDecimal(1.25, 'nb')).toBe('1,3')
  })

  it('groups thousands with a space in Norwegian and a comma in English', () => {
    expect(formatDecimal(1234.5, 'nb')).toBe('1\u00a0234,5')
    expect(formatDecimal(1234567, 'en')).toBe('1,234,567')
  })

  it('writes a size in bytes', () => {
    expect(formatBytes(1_500_000, 'nb')).toBe('1,5 MB')
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB')
    expect(formatBytes(512, 'nn')).toBe('512 B')
  })

  it('joins names with "og" in Norwegian and "and" in English', () => {
    expect(formatList(['Noah', 'Maja', 'Ida'], 'nn')).toBe('Noah, Maja og Ida')
    expect(formatList(['Noah', 'Maja'], 'en')).toBe('Noah and Maja')
    expect(formatList(['Noah'], 'nb')).toBe('Noah')
  })
})
