import { describe, expect, it } from 'vitest'
import { zonedTimeToInstant } from '../../../src/domain/zonedTime'

const at = (date: string, time: string, timeZone: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return new Date(zonedTimeToInstant({ year, month, day, hour, minute }, timeZone)).toISOString()
}

describe('a wall-clock time on the nights the clocks change', () => {
  it('reads 02.30 in Norway on the night summer time starts, which the clocks skip, as 03.30 summer time', () => {
    expect(at('2026-03-29', '02:30', 'Europe/Oslo')).toBe('2026-03-29T01:30:00.000Z')
  })

  it('reads 02.30 in New York on the night summer time starts as 03.30 summer time, as in Norway', () => {
    expect(at('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
  })

  it('reads 02.30 in Norway on the night summer time ends, which comes twice, as the second, in winter time', () => {
    expect(at('2026-10-25', '02:30', 'Europe/Oslo')).toBe('2026-10-25T01:30:00.000Z')
  })

  it('reads 01.30 in New York on the night summer time ends as the second, in winter time, as in Norway', () => {
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T06:30:00.000Z')
  })

  it('reads 15.00 on the day summer time starts as summer time', () => {
    expect(at('2026-03-29', '15:00', 'Europe/Oslo')).toBe('2026-03-29T13:00:00.000Z')
  })

  it('reads 15.00 on the day summer time ends as winter time', () => {
    expect(at('2026-10-25', '15:00', 'Europe/Oslo')).toBe('2026-10-25T14:00:00.000Z')
  })

  it('reads 01.59 in Norway on the night summer time starts, just before the gap, as winter time', () => {
    expect(at('2026-03-29', '01:59', 'Europe/Oslo')).toBe('2026-03-29T00:59:00.000Z')
  })
})

describe('a zone whose offset is not whole minutes', () => {
  it('reads a wall-clock time where the offset had seconds in it, as Liberia’s did until 1972', () => {
    // Monrovia kept -00:44:30 until 1972, so 11.15 there was 11:59:30 UTC.
    expect(at('1970-06-01', '11:15', 'Africa/Monrovia')).toBe('1970-06-01T11:59:30.000Z')
  })
})

describe('where a day begins', () => {
  it('begins a day whose midnight the clocks skip at 01.00, not in the evening before', () => {
    // Chile moves its clocks from 00.00 to 01.00 on Sunday 6 September 2026.
    expect(at('2026-09-06', '00:00', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z')
  })
})
