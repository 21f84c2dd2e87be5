import { describe, expect, it } from 'vitest'
import { earliestStartUnderWay } from '../../../src/domain/stayLength'

describe('how far back a stay still under way can have begun', () => {
  it('looks back a week, so a summer week that began last Saturday is still found', () => {
    expect(earliestStartUnderWay('2026-07-11T10:00:00.000Z')).toBe('2026-07-04T10:00:00.000Z')
  })
})
