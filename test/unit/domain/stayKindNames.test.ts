import { describe, expect, it } from 'vitest'
import { stayKindNames } from '../../../src/domain/stayKindNames'
import { StayKind } from '../../../src/protocol/entities'

describe('what each form of respite is called', () => {
  it.each(['nb', 'nn', 'en'] as const)('gives every form a name of its own in %s', (locale) => {
    const names = StayKind.options.map((kind) => stayKindNames[locale][kind])
    expect(names.filter((name) => !name)).toEqual([])
    expect(new Set(names).size).toBe(StayKind.options.length)
  })

  it('calls them by the words the municipalities use', () => {
    expect([stayKindNames.nb.municipalUnit, stayKindNames.nn.municipalUnit, stayKindNames.en.bpa]).toEqual([
      'Avlastningsbolig',
      'Avlastingsbustad',
      'Personal assistance (BPA)',
    ])
  })
})
