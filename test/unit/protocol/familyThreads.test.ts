import { describe, expect, it } from 'vitest'
import {
  familyThreadRoutes,
  StaffFamilyThread,
  StaffFamilyThreadReply,
  StaffFamilyThreadsQuery,
} from '../../../src/protocol/routes/familyThreadRoutes'
import { anId } from '../../support/builders'
import { acceptedAmong } from '../../support/schemaChecks'

const entry = (from: string) => ({
  id: anId(),
  from,
  authorName: from === 'family' ? 'Kari Berg' : null,
  body: 'Kan Emma komme fredag?',
  at: '2026-11-23T10:00:00.000Z',
})
const thread = (entries: unknown[]) => ({
  threadId: anId(),
  householdId: anId(),
  householdName: 'Kari og Ola Berg',
  recipient: { id: anId(), name: 'Emma' },
  entries,
  waiting: false,
  lastAt: '2026-11-23T11:00:00.000Z',
})

describe('what a family wrote to the office', () => {
  it('is kept with what the family and the office wrote, oldest first', () => {
    const both = thread([entry('family'), entry('office')])
    expect(StaffFamilyThread.parse(both)).toEqual(both)
    expect(familyThreadRoutes.staffReplyToFamilyThread.response.parse(both)).toEqual(both)
  })

  it('holds one entry at least, each from the family or the office', () => {
    expect(acceptedAmong(StaffFamilyThread, [thread([]), thread([entry('caseworker')])])).toEqual([])
  })

  it('is listed a page at a time, waiting for an answer or answered', () => {
    const query = { state: 'waiting', householdId: anId(), cursor: 'eyJpZCI6MTJ9', limit: '20' }
    expect(StaffFamilyThreadsQuery.parse(query)).toEqual({ ...query, limit: 20 })
    expect(StaffFamilyThreadsQuery.parse({ state: 'answered' })).toEqual({ state: 'answered' })
    expect(acceptedAmong(StaffFamilyThreadsQuery, [{ state: 'open' }, { page: 2 }])).toEqual([])
  })
})

describe('the office’s answer to a family', () => {
  it('is sent once under its id, trimmed', () => {
    const id = anId()
    expect(StaffFamilyThreadReply.parse({ id, body: ' Ja, det går fint. ' })).toEqual({ id, body: 'Ja, det går fint.' })
  })

  it('must say something', () => {
    expect(acceptedAmong(StaffFamilyThreadReply, [{ id: anId(), body: '  ' }])).toEqual([])
  })
})
