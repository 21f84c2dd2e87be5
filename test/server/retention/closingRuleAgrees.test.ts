import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serviceEndedAt, type ClosingDecision, type ClosingStay } from '../../../src/domain/householdClosing'
import type { Database } from '../../../src/server/storage/database'
import { aDecision } from '../../support/calendarBuilders'
import { aStay, anId } from '../../support/builders'
import { aHouseholdIn, aMunicipality, putMunicipality, putRecord } from '../push/support/serverRecords'
import { openTestDatabase } from '../support/testDatabase'

let db: Database
beforeAll(async () => {
  db = await openTestDatabase()
}, 60_000)
afterAll(() => db.close())

const CASES: { name: string; decisions: ClosingDecision[]; stays: ClosingStay[] }[] = [
  { name: 'no decision', decisions: [], stays: [{ end: '2026-01-01T10:00:00.000Z', status: 'planned' }] },
  { name: 'a decision until further notice', decisions: [{ validTo: '2026-05-31' }, { validTo: null }], stays: [] },
  {
    name: 'decisions ending in summer time',
    decisions: [{ validTo: '2026-05-31' }, { validTo: '2026-03-01' }],
    stays: [],
  },
  { name: 'a decision ending in winter time', decisions: [{ validTo: '2026-12-31' }], stays: [] },
  { name: 'a decision ending on the night clocks go back', decisions: [{ validTo: '2026-10-24' }], stays: [] },
  {
    name: 'a stay after the decision',
    decisions: [{ validTo: '2026-05-31' }],
    stays: [
      { end: '2026-06-02T14:00:00.000Z', status: 'changed' },
      { end: '2026-05-02T14:00:00.000Z', status: 'planned' },
    ],
  },
  {
    name: 'cancelled stays after the decision',
    decisions: [{ validTo: '2026-05-31' }],
    stays: [
      { end: '2026-06-02T14:00:00.000Z', status: 'cancelledByFamily' },
      { end: '2026-06-09T14:00:00.000Z', status: 'cancelledByMunicipality' },
    ],
  },
]

describe('the retention job in the database closes households by the rule of src/domain/householdClosing.ts', () => {
  for (const { name, decisions, stays } of CASES)
    it(`agrees with it for ${name}`, async () => {
      const municipality = await putMunicipality(db, aMunicipality())
      const household = await aHouseholdIn(db, municipality)
      const recipientId = anId()
      for (const decision of decisions)
        await putRecord(db, 'decision', household, aDecision({ recipientId, validTo: decision.validTo }))
      for (const stay of stays)
        await putRecord(
          db,
          'stay',
          household,
          aStay({ recipientId, placeId: anId(), ...stay, status: stay.status as 'planned' }),
        )
      const [row] = await db.query<{ ended: Date | string | null }>('SELECT household_service_end($1) AS ended', [
        household.id,
      ])
      const fromDatabase = row?.ended ? new Date(row.ended).toISOString() : null
      expect(fromDatabase).toBe(serviceEndedAt(decisions, stays))
    })
})
