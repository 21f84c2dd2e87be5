import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Stay } from '../../../src/protocol'
import { ACCEPT_ALL, aWeekend, planStay } from '../support/builders'
import { asTheFamilyReadsIt } from '../support/familyWording'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function setting(parent = 'lunner-forelder-1', staffName = 'lunner-ansatt') {
  const family = await world().family(parent)
  const [child] = family.all('recipient')
  const places = family.all('place')
  return { family, child: child!, places, staff: await world().as(staffName) }
}

const saturday = { start: '2026-11-28T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' }

describe('staff planning and changing stays', () => {
  it('plans a stay that the family pulls with a message saying when and where', async () => {
    const { family, child, places, staff } = await setting()
    const place = places.find((candidate) => candidate.kind === 'municipalUnit')!
    const response = await staff.post('/staff/stays', {
      recipientId: child.id,
      placeId: place.id,
      kind: 'municipalUnit',
      ...saturday,
      transportTo: 'Drosje kl. 15.30',
      override: ACCEPT_ALL,
    })
    expect(response.status).toBe(201)
    const stay = Stay.parse(response.body)
    expect(stay).toMatchObject({
      status: 'planned',
      transportTo: 'Drosje kl. 15.30',
      transportFrom: null,
      notes: '',
      updatedAt: world().clock.iso(),
    })
    await family.sync()
    expect(family.get('stay', stay.id)).toEqual(stay)
    const message = family.all('message').find((candidate) => candidate.stayId === stay.id)
    expect(message).toMatchObject({ kind: 'stayPlanned', readAt: null })
    expect(asTheFamilyReadsIt(message)).toBe(
      'Kommunen har satt opp et opphold lør. 28.11. 16.00 – søn. 29.11. 16.00 hos Lunner avlastningsbolig.',
    )
  })

  it('cancels a stay and tells the family in Norwegian, with the time in Norwegian time', async () => {
    const { family, child, places, staff } = await setting('lunner-forelder-3')
    const stay = await planStay(staff, { recipientId: child.id, placeId: places[0]!.id, ...saturday })
    const response = await staff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'other',
      note: 'Sykdom i personalgruppen.',
    })
    expect(response.status).toBe(200)
    await family.sync()
    expect(family.get('stay', stay.id)?.status).toBe('cancelledByMunicipality')
    const message = family
      .all('message')
      .find((candidate) => candidate.stayId === stay.id && candidate.kind === 'stayCancelled')
    expect(asTheFamilyReadsIt(message)).toMatch(
      /^Oppholdet lør\. 28\.11\. 16\.00 – .+ er avlyst av kommunen\.\n\nBeskjed fra kommunen: Sykdom i personalgruppen\.$/,
    )
  })

  it('moves a stay, marks it changed and says what the new time is', async () => {
    const { family, child, places, staff } = await setting()
    const stay = await planStay(staff, { recipientId: child.id, placeId: places[0]!.id, ...aWeekend(1) })
    const later = { start: '2026-12-04T17:00:00.000Z', end: '2026-12-06T15:00:00.000Z' }
    const response = await staff.patch(`/staff/stays/${stay.id}`, { ...later, override: ACCEPT_ALL })
    expect(Stay.parse(response.body)).toMatchObject({ ...later, status: 'changed' })
    await family.sync()
    const message = family
      .all('message')
      .find((candidate) => candidate.stayId === stay.id && candidate.kind === 'stayChanged')
    expect(asTheFamilyReadsIt(message)).toBe(
      'Oppholdet fre. 04.12. 16.00 – søn. 06.12. 16.00 er endret av kommunen. Ny tid: fre. 04.12. 18.00 – søn. 06.12. 16.00.',
    )
  })

  it('writes a day offer’s time as one span within the day', async () => {
    const { family, child, places, staff } = await setting('lunner-forelder-3')
    const dayOffer = places.find((place) => place.kind === 'dayOffer')!
    const stay = await planStay(staff, {
      recipientId: child.id,
      placeId: dayOffer.id,
      kind: 'dayOffer',
      start: '2026-12-02T08:00:00.000Z',
      end: '2026-12-02T14:00:00.000Z',
    })
    await family.sync()
    expect(asTheFamilyReadsIt(family.all('message').find((message) => message.stayId === stay.id))).toContain(
      'ons. 02.12. 09.00 – 15.00',
    )
  })

  it('uses summer time in summer: 16:00 in Norway is 14:00 UTC in July', async () => {
    const { family, child, places, staff } = await setting()
    const stay = await planStay(staff, {
      recipientId: child.id,
      placeId: places[0]!.id,
      start: '2027-07-09T14:00:00.000Z',
      end: '2027-07-11T14:00:00.000Z',
    })
    await staff.patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    await family.sync()
    expect(
      family
        .all('message')
        .some((message) =>
          asTheFamilyReadsIt(message)?.startsWith('Oppholdet fre. 09.07. 16.00 – søn. 11.07. 16.00 hos'),
        ),
    ).toBe(true)
  })

  it('refuses a stay that ends before it starts, and plans nothing', async () => {
    const { family, child, places, staff } = await setting()
    const response = await staff.post('/staff/stays', {
      recipientId: child.id,
      placeId: places[0]!.id,
      kind: 'municipalUnit',
      start: saturday.end,
      end: saturday.start,
    })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', field: 'end' } })
    expect(await family.sync()).toEqual([])
  })

  it('answers another municipality’s recipient, place or stay as not found', async () => {
    const lunner = await setting('lunner-forelder-1')
    const gjovikStaff = await world().as('gjovik-ansatt')
    const gjovikPlace = (await world().family('gjovik-forelder-1')).all('place')[0]!
    const stay = lunner.family.all('stay')[0]!
    expect(
      (
        await gjovikStaff.post('/staff/stays', {
          recipientId: lunner.child.id,
          placeId: gjovikPlace.id,
          kind: 'municipalUnit',
          ...saturday,
        })
      ).status,
    ).toBe(404)
    const [gjovikChild] = (await world().family('gjovik-forelder-1')).all('recipient')
    expect(
      (
        await gjovikStaff.post('/staff/stays', {
          recipientId: gjovikChild!.id,
          placeId: lunner.places[0]!.id,
          kind: 'municipalUnit',
          ...saturday,
        })
      ).status,
    ).toBe(404)
    const patch = await gjovikStaff.patch(`/staff/stays/${stay.id}`, {
      status: 'cancelledByMunicipality',
      reason: 'staffShortage',
    })
    expect(patch.status).toBe(404)
    expect(
      (
        await gjovikStaff.patch(`/staff/stays/${randomUUID()}`, {
          status: 'cancelledByMunicipality',
          reason: 'staffShortage',
        })
      ).body,
    ).toEqual(patch.body)
    expect(await lunner.family.sync()).toEqual([])
  })
})
