import { describe, expect, it } from 'vitest'
import { PLAIN_REFUSALS, RefusalReason } from '../../../src/protocol/refusals'
import { acceptedAmong } from '../../support/schemaChecks'

describe('why the server refused a family’s change', () => {
  it.each([
    ['a plain refusal', { key: 'stayStarted' }],
    ['a record that is missing', { key: 'missing', entity: 'stay' }],
    ['periods outside the year', { key: 'periodsOutsideYear', year: 2027 }],
    ['an edit made meanwhile', { key: 'editedMeanwhile', entity: 'medication', deleted: false, restSaved: true }],
  ])('keeps the facts of %s', (_, reason) => {
    expect(RefusalReason.parse(reason)).toEqual(reason)
  })

  it('knows every plain refusal by name', () => {
    expect(PLAIN_REFUSALS.filter((key) => !RefusalReason.safeParse({ key }).success)).toEqual([])
  })

  it('refuses a reason without the facts it needs, or with facts of the wrong kind', () => {
    expect(
      acceptedAmong(RefusalReason, [
        { key: 'somethingElse' },
        { key: 'missing' },
        { key: 'missing', entity: 'spaceship' },
        { key: 'periodsOutsideYear', year: 2027.5 },
        { key: 'editedMeanwhile', entity: 'stay', deleted: false },
        { key: 'editedMeanwhile', entity: 'aboutMe' },
      ]),
    ).toEqual([])
  })
})
