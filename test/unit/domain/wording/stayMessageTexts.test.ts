import { describe, expect, it } from 'vitest'
import { stayMessageTexts, type StayMessageKey } from '../../../../src/domain/wording/stayMessageTexts'
import { LOCALES } from '../../../../src/protocol/locale'

/** What each message's body must name for the family to recognise the stay and the answer. */
const bodyNames: Record<StayMessageKey, readonly ('times' | 'from' | 'place' | 'newTimes')[]> = {
  stayPlanned: ['times', 'place'],
  stayReinstated: ['times', 'place'],
  stayCancelled: ['times', 'place'],
  stayChanged: ['times'],
  cancelAccepted: ['from'],
  cancelDeclined: ['from'],
  changeTimeAccepted: ['from', 'newTimes'],
  changeTimeDeclined: ['from'],
}
const keys = Object.keys(bodyNames) as StayMessageKey[]
const stay = { times: '‹times›', from: '‹from›', place: '‹place›', newTimes: '‹newTimes›' }

describe('the words of a message about a stay', () => {
  it.each(LOCALES)('names the stay in every title in %s, as a heading without a full stop', (locale) => {
    for (const key of keys)
      expect(stayMessageTexts[locale].title[key]('‹stay›'), key).toMatch(/^[A-ZÆØÅ].* ‹stay›( .*[^.])?$/u)
  })

  it.each(LOCALES)('names in every body what identifies the stay in %s', (locale) => {
    for (const key of keys) {
      const body = stayMessageTexts[locale].body[key](stay)
      for (const field of bodyNames[key]) expect(body, key).toContain(stay[field])
    }
  })

  it.each(LOCALES)('writes every body as whole sentences in %s', (locale) => {
    for (const key of keys) expect(stayMessageTexts[locale].body[key](stay), key).toMatch(/^[A-ZÆØÅ][^]*[^ ]\.$/u)
  })

  it.each(LOCALES)('words each kind of message differently in %s', (locale) => {
    const titles = keys.map((key) => stayMessageTexts[locale].title[key]('‹stay›'))
    const bodies = keys.map((key) => stayMessageTexts[locale].body[key](stay))
    expect(new Set(titles).size).toBe(keys.length)
    expect(new Set(bodies).size).toBe(keys.length)
  })

  it.each([
    [
      'nb',
      'Ny tid: ‹times›.',
      'Nytt sted: ‹place›.',
      'Transporten er endret.',
      'Opplysningene om oppholdet er oppdatert.',
    ],
    [
      'nn',
      'Ny tid: ‹times›.',
      'Ny stad: ‹place›.',
      'Transporten er endra.',
      'Opplysningane om opphaldet er oppdaterte.',
    ],
    [
      'en',
      'New time: ‹times›.',
      'New place: ‹place›.',
      'The transport has changed.',
      'The details of the stay are updated.',
    ],
  ] as const)(
    'says in %s what of a stay changed, one sentence each',
    (locale, newTime, newPlace, transport, details) => {
      const { changed } = stayMessageTexts[locale]
      expect([changed.newTime('‹times›'), changed.newPlace('‹place›'), changed.transport, changed.details]).toEqual([
        newTime,
        newPlace,
        transport,
        details,
      ])
    },
  )

  it.each(LOCALES)('names whose stay it is after its days in %s', (locale) => {
    expect(stayMessageTexts[locale].whose('11.–13. desember', 'Ida')).toBe('11.–13. desember for Ida')
  })

  it.each([
    ['nb', 'Beskjed fra kommunen'],
    ['nn', 'Beskjed frå kommunen'],
    ['en', 'Message from the municipality'],
  ] as const)('heads the staff’s own words in %s as “%s”', (locale, heading) => {
    expect(stayMessageTexts[locale].note).toBe(heading)
  })
})
