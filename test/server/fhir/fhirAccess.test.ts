import { describe, expect, it } from 'vitest'
import { useTestServer } from '../support/testServer'
import { FhirClient, issueOf } from './support/fhirClient'

const world = useTestServer({ demo: true })

async function fhirAs(username: string): Promise<FhirClient> {
  return new FhirClient(world().url, (await world().signIn(username)).token)
}

async function aLunnerStayId(): Promise<string> {
  return (await world().family('lunner-forelder-1')).all('stay')[0]!.id
}

describe('who may use the FHIR face', () => {
  it('answers the CapabilityStatement to anyone, naming each resource it reads and searches', async () => {
    const { status, body } = await new FhirClient(world().url).get('/metadata')
    expect(status).toBe(200)
    expect(body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' })
    const [rest] = body.rest as {
      resource: { type: string; interaction: { code: string }[] }[]
      interaction: { code: string }[]
    }[]
    expect(rest!.interaction).toEqual([{ code: 'transaction' }])
    expect(Object.fromEntries(rest!.resource.map((r) => [r.type, r.interaction.map((i) => i.code)]))).toEqual({
      Patient: ['read'],
      Location: ['read'],
      RelatedPerson: ['read'],
      EpisodeOfCare: ['read'],
      Appointment: ['read', 'update', 'search-type'],
      AppointmentResponse: ['read', 'search-type'],
    })
  })

  it('is named by the OpenAPI document of the staff API, which points to the CapabilityStatement', async () => {
    const { body } = await world().anonymous.get<{ externalDocs: { url: string } }>('/openapi.json')
    expect(body.externalDocs.url).toBe('/fhir/R4/metadata')
    expect((await new FhirClient(world().url).get('/metadata')).status).toBe(200)
  })

  it('asks for a sign-in with 401 and an OperationOutcome when no token comes', async () => {
    const { status, headers, body } = await new FhirClient(world().url).get(`/Appointment/${await aLunnerStayId()}`)
    expect(status).toBe(401)
    expect(headers.get('www-authenticate')).toBe('Bearer')
    expect(issueOf(body)).toEqual({ code: 'login', errorCode: 'unauthorized' })
  })

  it('answers 401 to a token that stands for no session', async () => {
    const client = new FhirClient(world().url, 'x'.repeat(43))
    expect((await client.get('/Appointment')).status).toBe(401)
  })

  it('answers 401 to a machine client’s access token where no issuer of them is configured', async () => {
    const client = new FhirClient(world().url, 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJ4In0.c2lnbmF0dXJl')
    const { status, body } = await client.get('/Appointment')
    expect(status).toBe(401)
    expect(issueOf(body)).toEqual({ code: 'login', errorCode: 'unauthorized' })
  })

  it('refuses a family with 403: the FHIR face is the municipality’s', async () => {
    const { status, body } = await (await fhirAs('lunner-forelder-1')).get(`/Appointment/${await aLunnerStayId()}`)
    expect(status).toBe(403)
    expect(issueOf(body)).toEqual({ code: 'forbidden', errorCode: 'forbidden' })
  })

  it('lets every staff role read, read-only staff too', async () => {
    const id = await aLunnerStayId()
    for (const username of ['lunner-ansatt', 'lunner-planlegger', 'lunner-lesetilgang'])
      expect((await (await fhirAs(username)).get(`/Appointment/${id}`)).status).toBe(200)
  })

  it('answers another municipality’s stay as missing', async () => {
    const { status, body } = await (await fhirAs('gjovik-ansatt')).get(`/Appointment/${await aLunnerStayId()}`)
    expect(status).toBe(404)
    expect(issueOf(body)).toEqual({ code: 'not-found', errorCode: 'not_found' })
  })

  it('answers an unknown resource type or a malformed id as missing, never as the app shell', async () => {
    const staff = await fhirAs('lunner-ansatt')
    for (const path of ['/Observation/1', '/Appointment/not-an-id', '/Appointment/1/_history/1', '/Patient'])
      expect((await staff.get(path)).status, path).toBe(404)
  })

  it('writes each read of a family’s data to the access log, naming the staff member and the record', async () => {
    const id = await aLunnerStayId()
    await (await fhirAs('lunner-lesetilgang')).get(`/Appointment/${id}`)
    const rows = await world().db.query<{ action: string; record_id: string }>(
      `SELECT action, record_id FROM access_log WHERE user_id = (SELECT id FROM users WHERE username = $1)`,
      ['lunner-lesetilgang'],
    )
    expect(rows).toContainEqual({ action: 'fhirReadAppointment', record_id: id })
  })
})
