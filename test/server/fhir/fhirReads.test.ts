import { describe, expect, it } from 'vitest'
import { StaffStaysPage } from '../../../src/protocol'
import { aCancellation, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { FhirClient, issueOf } from './support/fhirClient'

const world = useTestServer({ demo: true })

async function fhirAs(username: string): Promise<FhirClient> {
  return new FhirClient(world().url, (await world().signIn(username)).token)
}

describe('reading resources through FHIR', () => {
  it('reads a stay as a no-basis-Appointment with the child and the place as participants and its version as ETag', async () => {
    const family = await world().family('lunner-forelder-1')
    const stay = family.all('stay').find((s) => s.status === 'planned')!
    const { status, headers, body } = await (await fhirAs('lunner-ansatt')).get(`/Appointment/${stay.id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      resourceType: 'Appointment',
      id: stay.id,
      meta: { profile: ['http://hl7.no/fhir/StructureDefinition/no-basis-Appointment'] },
      status: 'booked',
      start: new Date(stay.start).toISOString(),
      end: new Date(stay.end).toISOString(),
      participant: [
        { actor: { reference: `Patient/${stay.recipientId}` }, status: 'accepted' },
        { actor: { reference: `Location/${stay.placeId}` }, status: 'accepted' },
      ],
      serviceType: [{ coding: [{ code: stay.kind }] }],
    })
    expect(headers.get('etag')).toBe(`W/"${(body.meta as { versionId: string }).versionId}"`)
  })

  it('reads the child as a Patient, the place as a Location and the decision as an EpisodeOfCare', async () => {
    const family = await world().family('lunner-forelder-1')
    const staff = await fhirAs('lunner-ansatt')
    const child = family.all('recipient')[0]!
    expect((await staff.get(`/Patient/${child.id}`)).body).toMatchObject({ id: child.id, name: [{ text: child.name }] })
    const place = family.all('place')[0]!
    expect((await staff.get(`/Location/${place.id}`)).body).toMatchObject({ name: place.name, status: 'active' })
    const decision = family.all('decision')[0]!
    expect((await staff.get(`/EpisodeOfCare/${decision.id}`)).body).toMatchObject({
      patient: { reference: `Patient/${decision.recipientId}` },
      period: { start: decision.validFrom },
    })
  })

  it('reads a caregiver as a RelatedPerson of the household’s child, and a staff member’s id as missing', async () => {
    const { user } = await world().signIn('lunner-forelder-1')
    const children = (await world().family('lunner-forelder-1')).all('recipient').map((child) => `Patient/${child.id}`)
    const staff = await fhirAs('lunner-ansatt')
    const { body } = await staff.get(`/RelatedPerson/${user.id}`)
    expect(body).toMatchObject({ resourceType: 'RelatedPerson', name: [{ text: user.name }] })
    expect(children).toContain((body.patient as { reference: string }).reference)
    const { user: colleague } = await world().signIn('lunner-planlegger')
    expect((await staff.get(`/RelatedPerson/${colleague.id}`)).status).toBe(404)
    expect((await (await fhirAs('gjovik-ansatt')).get(`/RelatedPerson/${user.id}`)).status).toBe(404)
  })

  it('reads the family’s request as an AppointmentResponse with the deadline verdict', async () => {
    const family = await world().family('lunner-forelder-3')
    const [child, place] = [family.all('recipient')[0]!, family.all('place')[0]!]
    const stay = await planStay(await world().as('lunner-ansatt'), {
      recipientId: child.id,
      placeId: place.id,
      ...aWeekend(12),
    })
    const before = world().clock.iso()
    world().clock.advance(60_000)
    await family.sync()
    const [result] = await send(family.client, aCancellation(stay.id, { message: 'Vi er hjemme den helgen.' }))
    expect(result?.status).toBe('applied')
    const found = await (await fhirAs('lunner-ansatt')).searchAll(`/AppointmentResponse?_lastUpdated=gt${before}`)
    const response = found.find((r) => (r.appointment as { reference: string }).reference === `Appointment/${stay.id}`)
    expect(response).toMatchObject({ participantStatus: 'declined', comment: 'Vi er hjemme den helgen.' })
    const extensions = response!.extension as { url: string; valueBoolean?: boolean }[]
    expect(extensions.find((e) => e.url.endsWith('/change-request-on-time'))?.valueBoolean).toBe(true)
    expect(extensions.some((e) => e.url.endsWith('/change-request-deadline'))).toBe(true)
  })
})

describe('searching appointments', () => {
  it('pages through a child’s stays of some days with next links, each once, as the staff list has them', async () => {
    const family = await world().family('lunner-forelder-1')
    const child = family.all('recipient')[0]!
    const staff = await world().as('lunner-ansatt')
    const list = StaffStaysPage.parse(
      (await staff.get(`/staff/stays?recipientId=${child.id}&from=2026-11-01&to=2027-03-31&limit=200`)).body,
    )
    expect(list.items.length).toBeGreaterThan(2)
    const found = await (
      await fhirAs('lunner-ansatt')
    ).searchAll(`/Appointment?patient=Patient/${child.id}&date=ge2026-11-01&date=le2027-03-31&_count=2`)
    expect(found.map((r) => r.id)).toEqual(list.items.map((s) => s.id))
  })

  it('keeps to the status asked for', async () => {
    const found = await (await fhirAs('lunner-ansatt')).searchAll('/Appointment?status=cancelled&_count=200')
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found.map((r) => r.status))).toEqual(new Set(['cancelled']))
  })

  it('finds only its own municipality’s stays', async () => {
    const lunnerStays = new Set((await world().family('lunner-forelder-1')).all('stay').map((s) => s.id))
    const found = await (await fhirAs('gjovik-ansatt')).searchAll('/Appointment?_count=200')
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter((r) => lunnerStays.has(r.id!))).toEqual([])
  })

  it('refuses parameters it does not understand with 400 and an OperationOutcome', async () => {
    const staff = await fhirAs('lunner-ansatt')
    for (const query of [
      'subject=x',
      'date=eq2026-12-01',
      'date=ge2026-13-45',
      'status=arrived',
      '_count=0',
      '_count=abc',
      'patient=Patient/1',
      '_cursor=%%%',
      '_cursor=AAAA',
      'patient=a&patient=b',
    ]) {
      const { status, body } = await staff.get(`/Appointment?${query}`)
      expect(status, query).toBe(400)
      expect(issueOf(body).code).toBe('invalid')
    }
    expect((await staff.get('/AppointmentResponse?_lastUpdated=2026-12-01')).status).toBe(400)
  })
})
