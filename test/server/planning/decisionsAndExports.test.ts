import { describe, expect, it } from 'vitest'
import { API_PREFIX, Decision, StaffHouseholdDetail } from '../../../src/protocol'
import type { ApiClient } from '../support/apiClient'
import { ACCEPT_ALL } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { haddads, shift } from './support/haddads'

const world = useTestServer({ demo: true })
const BOM = [0xef, 0xbb, 0xbf]

/** A CSV export as Excel gets it: the bytes (text() would drop the byte order mark), then its lines. */
async function csv(staff: ApiClient, path: string) {
  const response = await fetch(`${staff.baseUrl}${API_PREFIX}${path}`, {
    headers: { authorization: `Bearer ${staff.token}` },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  const [header, ...rows] = new TextDecoder().decode(bytes).trimEnd().split('\r\n')
  return { response, bytes, header: header!.split(';'), rows }
}

describe('decisions (vedtak) kept by the office', () => {
  it('creates a decision that the family pulls, with its service and notes', async () => {
    const { family, maja, staff } = await haddads(world)
    const response = await staff.post('/staff/decisions', {
      recipientId: maja.id,
      kinds: ['supportContact'],
      amount: 4,
      unit: 'hours',
      period: 'week',
      validFrom: '2027-01-01',
      validTo: null,
      notes: 'Støttekontakt fire timer i uken.',
    })
    expect(response.status).toBe(201)
    const decision = Decision.parse(response.body)
    await family.sync()
    expect(family.get('decision', decision.id)).toMatchObject({
      kinds: ['supportContact'],
      notes: 'Støttekontakt fire timer i uken.',
    })
  })

  it('changes a decision, and ends it with a last valid day', async () => {
    const { family, noah, staff } = await haddads(world)
    const current = family.all('decision').find((decision) => decision.recipientId === noah.id)!
    const changed = await staff.patch(`/staff/decisions/${current.id}`, { amount: 3 })
    expect(Decision.parse(changed.body)).toMatchObject({ amount: 3, notes: current.notes })
    const ended = await staff.patch(`/staff/decisions/${current.id}`, { validTo: '2027-06-30' })
    expect(Decision.parse(ended.body).validTo).toBe('2027-06-30')
    const householdId = (await world().signIn('lunner-forelder-3')).user.householdId!
    const household = StaffHouseholdDetail.parse((await staff.get(`/staff/households/${householdId}`)).body)
    const shown = household.recipients.find((recipient) => recipient.id === noah.id)!.decisions[0]!
    expect(shown).toMatchObject({ amount: 3, validTo: '2027-06-30', use: expect.objectContaining({ granted: 3 }) })
  })

  it('refuses a decision that ends before it begins, or one that grants a service another already grants', async () => {
    const { noah, staff } = await haddads(world)
    const fields = { recipientId: noah.id, kinds: ['municipalUnit'], amount: 1, unit: 'stays', period: 'month' }
    const backwards = await staff.post('/staff/decisions', {
      ...fields,
      validFrom: '2027-02-01',
      validTo: '2027-01-01',
    })
    expect(backwards.status).toBe(400)
    const twice = await staff.post('/staff/decisions', { ...fields, validFrom: '2027-02-01', validTo: null })
    expect(twice.status).toBe(409)
  })

  it("answers another municipality's child or decision as not found", async () => {
    const { family, noah } = await haddads(world)
    const gjovik = await world().as('gjovik-ansatt')
    const decision = family.all('decision')[0]!
    const create = await gjovik.post('/staff/decisions', {
      recipientId: noah.id,
      kinds: ['dayOffer'],
      amount: 1,
      unit: 'days',
      period: 'week',
      validFrom: '2027-01-01',
      validTo: null,
    })
    expect(create.status).toBe(404)
    expect((await gjovik.patch(`/staff/decisions/${decision.id}`, { amount: 9 })).status).toBe(404)
  })
})

describe('the plan and the use of decisions as CSV', () => {
  it('exports the plan of a period as Norwegian Excel opens it, with the override and its reason', async () => {
    const { noah, unit, fullMonthStay, staff } = await haddads(world)
    const extra = shift(fullMonthStay(), 7)
    await staff.post('/staff/stays', { recipientId: noah.id, placeId: unit.id, ...extra, override: ACCEPT_ALL })
    const day = extra.start.slice(0, 10)
    const { response, bytes, header, rows } = await csv(
      staff,
      `/staff/exports/plan.csv?from=${day}&to=${day}&placeId=${unit.id}`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect([...bytes.slice(0, 3)]).toEqual(BOM)
    expect(header.slice(0, 4)).toEqual(['Opphold-ID', 'Barn', 'Sted', 'Type'])
    const noahs = rows.find((row) => row.includes('Noah'))!
    expect(noahs).toContain('Lunner avlastningsbolig')
    expect(noahs).toContain('Planlagt i en test')
    expect(rows.every((row) => row.includes('Lunner avlastningsbolig'))).toBe(true)
  })

  it("exports each decision's use per period, and only the municipality's own", async () => {
    const { staff } = await haddads(world)
    const { header, rows } = await csv(staff, '/staff/exports/decision-use.csv?from=2027-01-01&to=2027-01-31&lang=en')
    expect(header[0]).toBe('Decision ID')
    expect(rows.some((row) => row.includes('Noah'))).toBe(true)
    expect(rows.some((row) => row.includes('Magnus'))).toBe(false)
  })

  it('refuses a period that ends before it begins', async () => {
    const { staff } = await haddads(world)
    expect((await staff.get('/staff/exports/plan.csv?from=2027-02-01&to=2027-01-01')).status).toBe(400)
  })
})
