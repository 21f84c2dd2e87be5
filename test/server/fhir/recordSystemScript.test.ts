// A record system's day, scripted: signed in with its own key at the token endpoint, it plans a child's
// weekends through FHIR, the family's app shows them, the family says one is not needed, and the record
// system reads that answer with its deadline verdict.
import { describe, expect, it } from 'vitest'
import { aCancellation, aWeekend, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { anAppointment, appointmentPath, idOfReference } from './support/appointments'
import { recordSystem } from './support/machineTokens'

const world = useTestServer({ demo: true, localIdp: true })
const SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.1234'

describe('a record system planning through FHIR', () => {
  it('plans two weekends, the family sees them and declines one, and the record system reads the answer', async () => {
    const lunner = await recordSystem(world(), 'lunner')
    const family = await world().family('lunner-forelder-3')
    const noah = family.all('recipient').find((child) => child.name === 'Noah')!
    const [lastPlanned] = await lunner.searchAll(`/Appointment?patient=${noah.id}&_count=200`).then((a) => a.slice(-1))
    const unit = (lastPlanned!.participant as { actor: { reference: string } }[])[1]!.actor.reference
    const planned: string[] = []
    for (const [index, weeksAhead] of [40, 42].entries()) {
      const { status, body } = await lunner.put(
        `/${appointmentPath(SYSTEM, `weekend-${index}`)}`,
        anAppointment({ childId: noah.id, placeId: idOfReference(unit), ...aWeekend(weeksAhead) }),
      )
      expect(status).toBe(201)
      planned.push(body.id!)
    }

    await family.sync()
    expect(family.all('stay').filter((stay) => planned.includes(stay.id))).toHaveLength(2)

    const since = world().clock.iso()
    world().clock.advance(60_000)
    expect((await send(family.client, aCancellation(planned[0]!)))[0]?.status).toBe('applied')

    const answers = await lunner.searchAll(`/AppointmentResponse?_lastUpdated=gt${since}`)
    expect(answers).toHaveLength(1)
    expect(answers[0]).toMatchObject({
      appointment: { reference: `Appointment/${planned[0]}` },
      participantStatus: 'declined',
    })
    const verdict = (answers[0]!.extension as { url: string; valueBoolean?: boolean }[]).find((e) =>
      e.url.endsWith('/change-request-on-time'),
    )
    expect(verdict?.valueBoolean).toBe(true)
  })
})
