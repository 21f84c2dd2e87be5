import { describe, expect, it } from 'vitest'
import { StaffClaim, StaffNoteCreate, staffTeamworkRoutes } from '../../../src/protocol/routes/staffTeamworkRoutes'
import { StaffNoticeCreate, StaffNoticesQuery, staffNoticeRoutes } from '../../../src/protocol/routes/staffNoticeRoutes'
import { anId } from '../../support/builders'
import { acceptedAmong, refusedAmong } from '../../support/schemaChecks'

describe('taking a family’s request', () => {
  it('takes it or lets it go, and says nothing more', () => {
    expect([StaffClaim.parse({ take: true }), StaffClaim.parse({ take: false })]).toEqual([
      { take: true },
      { take: false },
    ])
    expect(acceptedAmong(StaffClaim, [{}, { take: 'yes' }, { take: true, note: 'x' }])).toEqual([])
  })
})

describe('a note about a household that only staff read', () => {
  it('is written as the staff member wrote it', () => {
    expect(StaffNoteCreate.parse({ body: ' Mor ringte. ' })).toEqual({ body: ' Mor ringte. ' })
  })

  it('must say something', () => {
    expect(acceptedAmong(StaffNoteCreate, [{ body: '' }, { body: ' \n ' }])).toEqual([])
  })

  it('is listed with who wrote it and when, and comes back so once added', () => {
    const note = {
      id: anId(),
      householdId: anId(),
      userId: anId(),
      userName: null,
      at: '2026-11-23T10:00:00.000Z',
      body: 'Mor ringte.',
    }
    expect(staffTeamworkRoutes.staffListNotes.response.parse({ items: [note] })).toEqual({ items: [note] })
    expect(staffTeamworkRoutes.staffAddNote.response.parse(note)).toEqual(note)
  })
})

describe('the staff’s colleagues', () => {
  it('are listed by name with their roles', () => {
    const colleagues = { items: [{ id: anId(), name: 'Tone Lunde', staffRole: 'planner' }] }
    expect(staffTeamworkRoutes.staffListColleagues.response.parse(colleagues)).toEqual(colleagues)
  })
})

describe('a notice from the municipality', () => {
  const notice = { clientKey: anId(), householdId: null, title: 'Juleavslutning', body: 'Velkommen til gløgg!' }

  it('is sent to every household, or to one, with a title and a text', () => {
    const toOne = { ...notice, householdId: anId() }
    expect([StaffNoticeCreate.parse(notice), StaffNoticeCreate.parse(toOne)]).toEqual([notice, toOne])
  })

  it('needs a title and a text', () => {
    expect(
      acceptedAmong(StaffNoticeCreate, [
        { ...notice, title: ' ' },
        { ...notice, body: '' },
      ]),
    ).toEqual([])
  })

  it('is listed once as sent, with how many households it went to', () => {
    const sent = (householdCount: number) => ({
      ...notice,
      id: anId(),
      sentAt: '2026-12-01T09:00:00.000Z',
      sentBy: 'Tone Lunde',
      householdCount,
    })
    const page = { items: [sent(0), sent(212)], nextCursor: null }
    expect(staffNoticeRoutes.staffListNotices.response.parse(page)).toEqual(page)
    expect(staffNoticeRoutes.staffSendNotice.response.safeParse(sent(-1)).success).toBe(false)
  })

  it('is listed a page at a time', () => {
    expect(StaffNoticesQuery.parse({ cursor: 'eyJpZCI6MTJ9', limit: '20' })).toEqual({
      cursor: 'eyJpZCI6MTJ9',
      limit: 20,
    })
    expect(refusedAmong(StaffNoticesQuery, [{}])).toEqual([])
  })
})
