import { describe, expect, it } from 'vitest'
import { wordMessage, wordMessageAsText } from '../../../../src/domain/wording/messageWording'
import type { MessageFacts } from '../../../../src/protocol'

const stay = {
  stayId: '0b5e8d4c-3f0a-4a7e-9d61-2c1e7f9a8b31',
  recipientId: '7d3c2b1a-9e8f-4d6c-8b5a-4e3f2a1b0c9d',
  start: '2026-12-11T15:00:00.000Z',
  end: '2026-12-13T15:00:00.000Z',
  placeName: 'Solsikken',
  note: null,
}
const cancelled: MessageFacts = { kind: 'stayCancelled', ...stay }
const moved: MessageFacts = {
  kind: 'stayChanged',
  ...stay,
  newStart: '2026-12-11T17:00:00.000Z',
  newEnd: '2026-12-13T15:00:00.000Z',
  placeChanged: true,
  transportChanged: false,
  detailsChanged: false,
}

describe('a message about a stay worded from its facts', () => {
  it.each([
    [
      'nb',
      'Oppholdet 11.–13. desember for Ida er avlyst',
      'Oppholdet fre. 11.12. 16.00 – søn. 13.12. 16.00 hos Solsikken er avlyst av kommunen.',
    ],
    [
      'nn',
      'Opphaldet 11.–13. desember for Ida er avlyst',
      'Opphaldet fre. 11.12. 16.00 – søn. 13.12. 16.00 hos Solsikken er avlyst av kommunen.',
    ],
    [
      'en',
      'The stay 11\u2009–\u200913 December for Ida is cancelled',
      'The municipality has cancelled the stay Fri 11/12 16:00 – Sun 13/12 16:00 at Solsikken.',
    ],
  ] as const)('names the stay, the child and the place in %s', (locale, title, body) => {
    expect(wordMessage(cancelled, locale, 'Ida')).toEqual({ title, body, note: null })
  })

  it('leaves the child out of the title when the reader does not know the child', () => {
    expect(wordMessage(cancelled, 'nb').title).toBe('Oppholdet 11.–13. desember er avlyst')
  })

  it('says what changed, one sentence each, in Nynorsk', () => {
    expect(wordMessage(moved, 'nn').body).toBe(
      'Opphaldet fre. 11.12. 16.00 – søn. 13.12. 16.00 er endra av kommunen. Ny tid: fre. 11.12. 18.00 – søn. 13.12. 16.00. Ny stad: Solsikken.',
    )
  })

  it('answers a request for a new time with the new time, in English', () => {
    const answer: MessageFacts = {
      kind: 'requestAnswered',
      ...stay,
      request: 'changeTime',
      accepted: true,
      newStart: moved.newStart,
      newEnd: moved.newEnd,
    }
    expect(wordMessage(answer, 'en')).toMatchObject({
      title: 'The new time for the stay 11\u2009–\u200913 December is accepted',
      body: 'The municipality has accepted the new time for the stay Fri 11/12 16:00. New time: Fri 11/12 18:00 – Sun 13/12 16:00.',
    })
  })

  it('keeps the staff’s note as written, under the reader’s heading when all is one text', () => {
    const withNote: MessageFacts = { ...cancelled, note: 'Sykdom i personalet.' }
    expect(wordMessage(withNote, 'en').note).toBe('Sykdom i personalet.')
    expect(wordMessageAsText(withNote, 'nn').body.endsWith('\n\nBeskjed frå kommunen: Sykdom i personalet.')).toBe(true)
  })
})

describe('which message about a stay the facts make', () => {
  it.each([
    [
      false,
      'Nytt opphold 11.–13. desember',
      'Kommunen har satt opp et opphold fre. 11.12. 16.00 – søn. 13.12. 16.00 hos Solsikken.',
    ],
    [
      true,
      'Oppholdet 11.–13. desember blir likevel av',
      'Oppholdet fre. 11.12. 16.00 – søn. 13.12. 16.00 hos Solsikken blir likevel av.',
    ],
  ])('words a planned stay (reinstated: %s) as new or as going ahead after all', (reinstated, title, body) => {
    expect(wordMessage({ kind: 'stayPlanned', ...stay, reinstated }, 'nb')).toEqual({ title, body, note: null })
  })

  it('says a cancellation was not accepted and the stay goes ahead', () => {
    const declined: MessageFacts = {
      kind: 'requestAnswered',
      ...stay,
      request: 'cancel',
      accepted: false,
      newStart: null,
      newEnd: null,
    }
    expect(wordMessage(declined, 'nb')).toEqual({
      title: 'Avbestillingen av oppholdet 11.–13. desember er ikke godtatt',
      body: 'Kommunen har ikke godtatt avbestillingen av oppholdet fre. 11.12. 16.00. Oppholdet blir som avtalt.',
      note: null,
    })
  })

  it('gives no new time when a change kept the stay’s times', () => {
    const placeOnly: MessageFacts = { ...moved, newStart: stay.start, newEnd: stay.end }
    expect(wordMessage(placeOnly, 'en').body).toBe(
      'The municipality has changed the stay Fri 11/12 16:00 – Sun 13/12 16:00. New place: Solsikken.',
    )
  })

  it('gives the new time when only the end of the stay moved', () => {
    const longer: MessageFacts = {
      ...moved,
      newStart: stay.start,
      newEnd: '2026-12-14T15:00:00.000Z',
      placeChanged: false,
    }
    expect(wordMessage(longer, 'en').body).toBe(
      'The municipality has changed the stay Fri 11/12 16:00 – Sun 13/12 16:00. New time: Fri 11/12 16:00 – Mon 14/12 16:00.',
    )
  })

  it('says the transport and the details changed, and names no new place when the place is the same', () => {
    const details: MessageFacts = {
      ...moved,
      newStart: stay.start,
      newEnd: stay.end,
      placeChanged: false,
      transportChanged: true,
      detailsChanged: true,
    }
    expect(wordMessage(details, 'en').body).toBe(
      'The municipality has changed the stay Fri 11/12 16:00 – Sun 13/12 16:00. The transport has changed. The details of the stay are updated.',
    )
  })

  it('ends with why the municipality cancelled, where staff gave a reason', () => {
    expect(wordMessage({ ...cancelled, reason: 'placeClosed' }, 'nn').body).toBe(
      'Opphaldet fre. 11.12. 16.00 – søn. 13.12. 16.00 hos Solsikken er avlyst av kommunen. Avlastingsstaden er stengd då.',
    )
  })
})

describe('a message about new rules worded from its facts', () => {
  const rules: MessageFacts = {
    kind: 'rulesChanged',
    changeDeadline: { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' },
  }

  it.each([
    ['nb', 'Nye frister fra kommunen', 'Endringer og avlysninger må meldes senest kl. 15.00 dagen før oppholdet.'],
    ['nn', 'Nye fristar frå kommunen', 'Endringar og avlysingar må meldast seinast kl. 15.00 dagen før opphaldet.'],
    [
      'en',
      'New deadlines from the municipality',
      'Changes and cancellations must be made by 15:00 the day before the stay.',
    ],
  ] as const)('says the new deadline in %s', (locale, title, body) => {
    expect(wordMessage(rules, locale)).toEqual({ title, body, note: null })
  })

  it('says both when the deadline went and a summer season came', () => {
    const both: MessageFacts = {
      kind: 'rulesChanged',
      changeDeadline: null,
      summerRespite: { applicationDeadline: '2027-03-01T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' },
    }
    const { body } = wordMessage(both, 'nb')
    expect(body).toMatch(/^Kommunen har ingen fast frist for endringer\..+ Søk om sommeravlastning for 21\. juni/)
  })

  it('says only the summer season when the deadline did not change', () => {
    const summerOnly: MessageFacts = {
      kind: 'rulesChanged',
      summerRespite: { applicationDeadline: '2027-03-01T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' },
    }
    expect(wordMessage(summerOnly, 'nb').body).toMatch(/^Søk om sommeravlastning for 21\. juni/)
  })
})
