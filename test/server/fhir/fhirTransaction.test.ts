import { describe, expect, it } from 'vitest'
import { aWeekend } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { aPlanEntry, aTransaction } from './support/appointments'
import { FhirClient, issueOf, type FhirResource } from './support/fhirClient'

const world = useTestServer({ demo: true })
const SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.5678'

async function fhirAs(username: string): Promise<FhirClient> {
  return new FhirClient(world().url, (await world().signIn(username)).token)
}

/** Noah of Lunner (two weekends a month at the unit) and the unit, as the record system knows them. */
async function noahAtTheUnit() {
  const family = await world().family('lunner-forelder-3')
  const noah = family.all('recipient').find((child) => child.name === 'Noah')!
  const unit = family.all('stay').find((stay) => stay.recipientId === noah.id)!.placeId
  return { noah: noah.id, unit }
}

const entry = (who: { noah: string; unit: string }, value: string, weeksAhead: number) =>
  aPlanEntry({ childId: who.noah, placeId: who.unit, ...aWeekend(weeksAhead) }, SYSTEM, value)
const transaction = aTransaction

async function planned(value: string): Promise<number> {
  const rows = await world().db.query('SELECT 1 FROM fhir_identifiers WHERE system = $1 AND value = $2', [
    SYSTEM,
    value,
  ])
  return rows.length
}

describe('a transaction Bundle', () => {
  it('plans every entry in one request, and the same Bundle again changes nothing', async () => {
    const who = await noahAtTheUnit()
    const bundle = transaction(entry(who, 'nov-1', 49), entry(who, 'nov-2', 51))
    const recordSystem = await fhirAs('lunner-planlegger')
    const first = await recordSystem.request('POST', '', bundle)
    expect(first.status).toBe(200)
    expect(first.body.type).toBe('transaction-response')
    const entries = first.body.entry as { response: { status: string }; resource: FhirResource }[]
    expect(entries.map((e) => e.response.status)).toEqual(['201 Created', '201 Created'])
    const again = await recordSystem.request('POST', '', bundle)
    const repeated = again.body.entry as { response: { status: string }; resource: FhirResource }[]
    expect(repeated.map((e) => e.response.status)).toEqual(['200 OK', '200 OK'])
    expect(repeated.map((e) => e.resource.id)).toEqual(entries.map((e) => e.resource.id))
  })

  it('writes nothing when one entry is refused, and says which', async () => {
    const who = await noahAtTheUnit()
    const recordSystem = await fhirAs('lunner-planlegger')
    // The second entry takes Noah at the same weekend as the first: he cannot be there twice.
    const refused = await recordSystem.request(
      'POST',
      '',
      transaction(entry(who, 'dec-1', 54), entry(who, 'dec-2', 54)),
    )
    expect(refused.status, JSON.stringify(refused.body)).toBe(409)
    expect(issueOf(refused.body).errorCode).toBe('double_booked')
    expect((refused.body.issue as { expression: string[] }[])[0]!.expression).toEqual(['entry.1'])
    expect(await planned('dec-1')).toBe(0)
    const alone = await recordSystem.request('POST', '', transaction(entry(who, 'dec-1', 54)))
    expect(alone.status).toBe(200)
    expect(await planned('dec-1')).toBe(1)
  })

  it('refuses what is no transaction of conditional updates with a 400, and read-only staff with a 403', async () => {
    const who = await noahAtTheUnit()
    const recordSystem = await fhirAs('lunner-planlegger')
    const one = entry(who, 'jan-1', 58)
    for (const bundle of [
      { ...transaction(one), type: 'batch' },
      transaction({ ...one, request: { method: 'GET', url: one.request.url } }),
      transaction({ ...one, request: { method: 'PUT', url: 'Patient?identifier=a|b' } }),
      transaction(one, one),
      transaction(),
    ])
      expect((await recordSystem.request('POST', '', bundle)).status).toBe(400)
    expect((await (await fhirAs('lunner-lesetilgang')).request('POST', '', transaction(one))).status).toBe(403)
    expect(await planned('jan-1')).toBe(0)
  })

  it("takes a Bundle larger than the staff API's 256 KB (a week for a whole municipality), up to 4 MB", async () => {
    const recordSystem = await fhirAs('lunner-planlegger')
    const padded = (bytes: number) => ({ ...transaction(), note: 'x'.repeat(bytes) })
    // Read, and refused for what it holds (no entries), not for its size.
    expect((await recordSystem.request('POST', '', padded(600 * 1024))).status).toBe(400)
    expect((await recordSystem.request('POST', '', padded(4 * 1024 * 1024))).status).toBe(413)
    const who = await noahAtTheUnit()
    const bigPut = { ...entry(who, 'big', 60).resource, note: 'x'.repeat(300 * 1024) }
    const put = await recordSystem.request('PUT', '/Appointment?identifier=' + SYSTEM + '|big', bigPut)
    expect(put.status).toBe(413)
  })
})
