// The FHIR face under fuzzing, as test/server/fuzz.test.ts fuzzes the staff API: reads, searches and
// conditional updates with what breaks servers in ids, parameters, headers and bodies, as staff of both
// municipalities. Never a 5xx; every refusal an OperationOutcome valid FHIR R4 (the client checks that).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instants, nasty } from '../support/nastyValues'
import { useTestServer } from '../support/testServer'
import { FhirClient } from './support/fhirClient'

const world = useTestServer({ demo: true })
const SEED = 20261206
const TYPES = ['Patient', 'Location', 'EpisodeOfCare', 'Appointment', 'AppointmentResponse', 'RelatedPerson', 'x']

async function ids(): Promise<string[]> {
  const family = await world().family('lunner-forelder-1')
  const own = [family.all('stay')[0]!.id, family.all('recipient')[0]!.id, family.all('place')[0]!.id]
  const other = (await world().family('gjovik-forelder-1')).all('stay')[0]!.id
  return [...own, other, '00000000-0000-0000-0000-000000000000']
}

const text = (pool: string[]) => fc.oneof(fc.constantFrom(...nasty, ...pool), fc.string({ maxLength: 40 }))
/** For an address; half a surrogate pair has no UTF-8, so it goes as the bytes an encoder would have made. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return '%ED%A0%80'
  }
}
const encoded = (pool: string[]) => text(pool).map(encode)

function anAppointment(pool: string[]) {
  return fc.record({
    resourceType: fc.constantFrom('Appointment', 'Patient', ''),
    status: fc.constantFrom('booked', 'cancelled', 'arrived', ''),
    start: fc.constantFrom(...instants, '2027-13-01T00:00:00+01:00', ''),
    end: fc.constantFrom(...instants, ''),
    comment: text(pool),
    participant: fc.array(
      fc.record({
        actor: fc.record({ reference: fc.constantFrom(...pool.map((id) => `Patient/${id}`), 'Location/1') }),
      }),
      { maxLength: 3 },
    ),
  })
}

describe('the FHIR face under fuzzing', () => {
  it('never answers 5xx to reads, searches or updates, and answers every refusal as an OperationOutcome', async () => {
    const pool = await ids()
    for (const username of ['lunner-planlegger', 'gjovik-ansatt']) {
      const client = new FhirClient(world().url, (await world().signIn(username)).token)
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...TYPES),
          encoded(pool),
          encoded(pool),
          encoded(pool),
          async (type, id, name, value) => {
            for (const path of [
              `/${type}/${id}`,
              `/${type}?${name}=${value}`,
              `/Appointment?date=ge${value}&_count=${id}`,
            ]) {
              const { status } = await client.get(path)
              expect(status, path).toBeLessThan(500)
            }
          },
        ),
        { seed: SEED, numRuns: 25, endOnFailure: true },
      )
      await fc.assert(
        fc.asyncProperty(
          encoded(pool),
          fc.oneof(anAppointment(pool), fc.jsonValue()),
          text(pool),
          async (value, body, ifMatch) => {
            const headers: Record<string, string> = /^[\x20-\x7e]*$/.test(ifMatch) ? { 'if-match': ifMatch } : {}
            const { status } = await client.request('PUT', `/Appointment?identifier=urn:fuzz|${value}`, body, headers)
            expect(status).toBeLessThan(500)
            const request = { method: 'PUT', url: `Appointment?identifier=urn:fuzz|${value}`, ifMatch }
            const bundle = { resourceType: 'Bundle', type: 'transaction', entry: [{ resource: body, request }] }
            expect((await client.request('POST', '', bundle)).status).toBeLessThan(500)
          },
        ),
        { seed: SEED, numRuns: 25, endOnFailure: true },
      )
    }
  }, 120_000)
})
