import { describe, expect, it } from 'vitest'
import { aWeekend } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { anAppointment } from './support/appointments'
import { FhirClient, issueOf, type FhirResource } from './support/fhirClient'
import { fhirSchemaErrors } from './support/fhirValidator'

const world = useTestServer({ demo: true })
const RECORD_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.9999'
let next = 0

async function fhirAs(username: string): Promise<FhirClient> {
  return new FhirClient(world().url, (await world().signIn(username)).token)
}

/**
 * Noah of Lunner (two weekends a month at the unit) at the unit, a weekend `weeksAhead` weeks on (each test in
 * a month of its own, beyond the demo plan), and a new identifier of the record system.
 */
async function aPlan(weeksAhead: number) {
  const family = await world().family('lunner-forelder-3')
  const child = family.all('recipient')[0]!
  const place = family.all('place').find((p) => p.kind === 'municipalUnit') ?? family.all('place')[0]!
  next += 1
  return {
    family,
    child,
    place,
    path: `/Appointment?identifier=${RECORD_SYSTEM}|gerica-${next}`,
    ...aWeekend(weeksAhead),
  }
}

function appointment(plan: Awaited<ReturnType<typeof aPlan>>, fields: Partial<FhirResource> = {}): FhirResource {
  return {
    ...anAppointment({ childId: plan.child.id, placeId: plan.place.id, start: plan.start, end: plan.end }),
    identifier: [{ system: RECORD_SYSTEM, value: plan.path.split('|')[1] }],
    ...fields,
  }
}

async function staysOfChild(childId: string): Promise<number> {
  const [row] = await world().db.query<{ n: string }>(
    `SELECT count(*) AS n FROM records WHERE entity = 'stay' AND data ->> 'recipientId' = $1`,
    [childId],
  )
  return Number(row!.n)
}

describe('planning stays through FHIR', () => {
  it('plans a stay once however often the same conditional update is sent, and the family sees it', async () => {
    const plan = await aPlan(62)
    const planner = await fhirAs('lunner-planlegger')
    const before = await staysOfChild(plan.child.id)
    const first = await planner.put(plan.path, appointment(plan))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    for (let i = 0; i < 3; i++) {
      const again = await planner.put(plan.path, appointment(plan))
      expect(again.status).toBe(200)
      expect(again.body.id).toBe(first.body.id)
      expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    }
    expect(await staysOfChild(plan.child.id)).toBe(before + 1)
    await plan.family.sync()
    expect(plan.family.all('stay').map((stay) => stay.id)).toContain(first.body.id)
    expect(plan.family.all('message').some((message) => message.kind === 'stayPlanned')).toBe(true)
  })

  it('changes the stay when the appointment changes, and names the change in the access log', async () => {
    const plan = await aPlan(50)
    const planner = await fhirAs('lunner-planlegger')
    const { body } = await planner.put(plan.path, appointment(plan))
    const later = new Date(Date.parse(plan.end) + 3600_000).toISOString()
    const changed = await planner.put(plan.path, appointment(plan, { end: later }))
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ id: body.id, end: later, status: 'booked' })
    const actions = await world().db.query<{ action: string }>(
      'SELECT action FROM access_log WHERE record_id = $1 ORDER BY id',
      [body.id],
    )
    expect(actions.map((row) => row.action)).toEqual(['fhirCreateAppointment', 'fhirUpdateAppointment'])
  })

  it('refuses with 412 a change sent against a version the console has changed since', async () => {
    const plan = await aPlan(39)
    const planner = await fhirAs('lunner-planlegger')
    const first = await planner.put(plan.path, appointment(plan))
    const seen = first.headers.get('etag')!
    const console = await world().as('lunner-ansatt')
    expect((await console.patch(`/staff/stays/${first.body.id}`, { notes: 'Ta med badetøy.' })).status).toBe(200)
    const late = await planner.put(plan.path, appointment(plan, { comment: 'Fra fagsystemet' }), seen)
    expect(late.status).toBe(412)
    expect(issueOf(late.body).errorCode).toBe('conflict')
    const current = await planner.get(`/Appointment/${first.body.id}`)
    expect(current.body.comment).toBe('Ta med badetøy.')
    const fresh = await planner.put(
      plan.path,
      appointment(plan, { comment: 'Fra fagsystemet' }),
      current.headers.get('etag')!,
    )
    expect(fresh.status).toBe(200)
  })

  it('cancels with status cancelled and the reason, and the family is told in their language', async () => {
    const plan = await aPlan(41)
    const planner = await fhirAs('lunner-planlegger')
    const { body } = await planner.put(plan.path, appointment(plan))
    const reason = { coding: [{ system: 'https://pusterom.no/fhir/CodeSystem/reason', code: 'staffShortage' }] }
    const cancelled = await planner.put(
      plan.path,
      appointment(plan, { status: 'cancelled', cancelationReason: reason }),
    )
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelationReason: { coding: [{ code: 'prov' }] } })
    await plan.family.sync()
    expect(plan.family.all('stay').find((stay) => stay.id === body.id)?.status).toBe('cancelledByMunicipality')
    const message = plan.family.all('message').find((m) => m.kind === 'stayCancelled' && m.stayId === body.id)
    expect(message).toBeDefined()
  })

  it('keeps the planning rules: a stay that collides is refused with a 409 OperationOutcome and nothing planned', async () => {
    const plan = await aPlan(45)
    const planner = await fhirAs('lunner-planlegger')
    await planner.put(plan.path, appointment(plan))
    const before = await staysOfChild(plan.child.id)
    const other = await aPlan(45)
    const refused = await planner.put(other.path, appointment(other))
    expect(refused.status).toBe(409)
    expect(issueOf(refused.body).errorCode).toBe('double_booked')
    expect(await staysOfChild(plan.child.id)).toBe(before)
  })

  it('lets read-only staff plan nothing', async () => {
    const plan = await aPlan(50)
    const refused = await (await fhirAs('lunner-lesetilgang')).put(plan.path, appointment(plan))
    expect(refused.status).toBe(403)
  })

  it('answers a child or place of another municipality as missing', async () => {
    const plan = await aPlan(54)
    const refused = await (await fhirAs('gjovik-ansatt')).put(plan.path, appointment(plan))
    expect(refused.status).toBe(404)
  })

  it('refuses a body that is no Appointment, or one without the child, with a 400 OperationOutcome', async () => {
    const plan = await aPlan(58)
    const planner = await fhirAs('lunner-planlegger')
    const bad = [
      { resourceType: 'Patient' },
      appointment(plan, { start: 'tomorrow' }),
      appointment(plan, { status: 'arrived' }),
      appointment(plan, { participant: [{ actor: { reference: `Location/${plan.place.id}` }, status: 'accepted' }] }),
      appointment(plan, { end: plan.start }),
    ]
    for (const resource of bad) expect((await planner.put(plan.path, resource)).status).toBe(400)
    for (const path of ['/Appointment', '/Appointment?identifier=novalue', `${plan.path}&status=booked`])
      expect((await planner.put(path, appointment(plan))).status, path).toBe(400)
  })

  it('checks answers against a schema that refuses an Appointment without participants', () => {
    expect(fhirSchemaErrors({ resourceType: 'Appointment', status: 'booked' })).not.toEqual([])
  })
})
