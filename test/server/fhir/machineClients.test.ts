// The municipality's record system on the FHIR face, signed in as Norwegian public systems sign in: a
// client credentials grant with `private_key_jwt` at the (stand-in) token endpoint, a JWT access token
// checked by the server against the issuer's keys, issuer, audience, expiry, scope and organisation.
import { describe, expect, it } from 'vitest'
import { AccessLogEntry } from '../../../src/protocol'
import { FHIR_READ_SCOPE } from '../../../src/server/oidc/machineTokenConfig'
import { organisationClaim } from '../../../src/server/oidc/organisationClaim'
import { DEMO_RECORD_SYSTEMS } from '../../../src/server/seed/demoRecordSystems'
import { aWeekend } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { everyPage } from '../staff/support/staffPages'
import { anAppointment, appointmentPath, idOfReference } from './support/appointments'
import { FhirClient, issueOf } from './support/fhirClient'
import { askForToken, madeToken, recordSystem } from './support/machineTokens'

const world = useTestServer({ demo: true, localIdp: true })
const SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.9999'

async function aLunnerStayId(): Promise<string> {
  return (await world().family('lunner-forelder-1')).all('stay')[0]!.id
}

/** A weekend for Noah of the Haddad family at the unit he already stays at. */
async function noahsWeekend(client: FhirClient, weeksAhead: number) {
  const noah = (await world().family('lunner-forelder-3')).all('recipient').find((child) => child.name === 'Noah')!
  const [lastPlanned] = (
    await new FhirClient(world().url, (await world().signIn('lunner-planlegger')).token).searchAll(
      `/Appointment?patient=${noah.id}&_count=200`,
    )
  ).slice(-1)
  const unit = (lastPlanned!.participant as { actor: { reference: string } }[])[1]!.actor.reference
  return client.put(
    `/${appointmentPath(SYSTEM, `weekend-${weeksAhead}`)}`,
    anAppointment({ childId: noah.id, placeId: idOfReference(unit), ...aWeekend(weeksAhead) }),
  )
}

async function statusWith(token: string) {
  const { status, headers, body } = await new FhirClient(world().url, token).get(
    `/Appointment/${await aLunnerStayId()}`,
  )
  return { status, challenge: headers.get('www-authenticate'), issue: status < 400 ? null : issueOf(body) }
}

describe('the record system signing in at the token endpoint', () => {
  it('gets a JWT access token for the FHIR face with the scopes it asked for', async () => {
    const { status, body } = await askForToken(world(), 'lunner', FHIR_READ_SCOPE)
    expect(status).toBe(200)
    expect(body).toMatchObject({ token_type: 'Bearer', scope: FHIR_READ_SCOPE, expires_in: 120 })
    expect(String(body.access_token).split('.')).toHaveLength(3)
  })

  it('is refused with a client secret instead of a signed client assertion', async () => {
    const { clientId } = DEMO_RECORD_SYSTEMS.lunner
    const response = await fetch(`${world().server.machineTokens!.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'demo' }),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: 'invalid_client' })
  })

  it('is refused with no client authentication at all', async () => {
    const { clientId } = DEMO_RECORD_SYSTEMS.lunner
    const response = await fetch(`${world().server.machineTokens!.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId }),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: 'invalid_client' })
  })
})

describe('the record system on the FHIR face', () => {
  it('reads a stay with its token', async () => {
    const id = await aLunnerStayId()
    const { status, body } = await (await recordSystem(world(), 'lunner')).get(`/Appointment/${id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ resourceType: 'Appointment', id })
  })

  it('plans a stay with its token', async () => {
    const { status, body } = await noahsWeekend(await recordSystem(world(), 'lunner'), 44)
    expect(status).toBe(201)
    expect(body).toMatchObject({ resourceType: 'Appointment', status: 'booked' })
  })

  it('cannot plan with a token that holds only the read scope: 403', async () => {
    const { status, body } = await noahsWeekend(await recordSystem(world(), 'lunner', FHIR_READ_SCOPE), 45)
    expect(status).toBe(403)
    expect(issueOf(body)).toEqual({ code: 'forbidden', errorCode: 'forbidden' })
  })

  it('sees another municipality’s stays as missing', async () => {
    const { status, body } = await (await recordSystem(world(), 'gjovik')).get(`/Appointment/${await aLunnerStayId()}`)
    expect(status).toBe(404)
    expect(issueOf(body).code).toBe('not-found')
  })

  it('is named by its client id in the access log of what it read', async () => {
    const id = await aLunnerStayId()
    await (await recordSystem(world(), 'lunner')).get(`/Appointment/${id}`)
    const staff = world().anonymous.withToken((await world().signIn('lunner-ansatt')).token)
    const { items } = await everyPage(staff, '/staff/access-log', AccessLogEntry, { action: 'fhirReadAppointment' })
    expect(items.find((entry) => entry.recordId === id)).toMatchObject({
      clientId: 'lunner-journal-demo',
      userName: null,
    })
  })
})

describe('access tokens the FHIR face refuses', () => {
  it('accepts the token made here as the issuer makes it (the cases below differ in one way each)', async () => {
    expect((await statusWith(await madeToken(world()))).status).toBe(200)
  })

  it('refuses an expired token with 401', async () => {
    const now = Math.floor(world().clock.now() / 1000)
    const token = await madeToken(world(), { claims: { iat: now - 600, exp: now - 300 } })
    expect(await statusWith(token)).toEqual({
      status: 401,
      challenge: 'Bearer',
      issue: { code: 'login', errorCode: 'unauthorized' },
    })
  })

  it('refuses a token signed by a key the issuer does not publish with 401', async () => {
    expect((await statusWith(await madeToken(world(), { key: 'foreign' }))).status).toBe(401)
  })

  it('refuses a token for another audience with 401', async () => {
    const token = await madeToken(world(), { claims: { aud: 'https://another-api.example/fhir' } })
    expect((await statusWith(token)).status).toBe(401)
  })

  it('refuses a token from another issuer with 401', async () => {
    const token = await madeToken(world(), { claims: { iss: 'https://maskinporten.example/' } })
    expect((await statusWith(token)).status).toBe(401)
  })

  it('refuses a client whose organisation is no municipality here with 403', async () => {
    const token = await madeToken(world(), { claims: organisationClaim('990000034') })
    expect(await statusWith(token)).toMatchObject({ status: 403, issue: { code: 'forbidden' } })
  })

  it('refuses a token that names no organisation with 401', async () => {
    const token = await madeToken(world(), { claims: { consumer: undefined } })
    expect((await statusWith(token)).status).toBe(401)
  })

  it('refuses an organisation number two municipalities here share with 403, mapping it to neither', async () => {
    const { organisationNumber } = DEMO_RECORD_SYSTEMS.lunner
    const gjovik = DEMO_RECORD_SYSTEMS.gjovik
    const setGjovik = (number: string) =>
      world().db.query('UPDATE municipalities SET organisation_number = $2 WHERE id = $1', [
        gjovik.municipalityId,
        number,
      ])
    await setGjovik(organisationNumber)
    try {
      expect((await statusWith(await madeToken(world()))).status).toBe(403)
    } finally {
      await setGjovik(gjovik.organisationNumber)
    }
  })
})
