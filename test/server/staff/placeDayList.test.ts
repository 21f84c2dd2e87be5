import { describe, expect, it } from 'vitest'
import { AccessLogEntry, PlaceDayList } from '../../../src/protocol'
import { aMutation, anAboutMe, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })
const staff = () => world().as('lunner-ansatt')
// The weekend of aWeekend(12): Friday 19 February to Sunday 21 February 2027.
const FRIDAY = '2027-02-19'
const NEXT_THURSDAY = '2027-02-25'

async function noahsWeekend() {
  const family = await world().family('lunner-forelder-3')
  const noah = family.all('recipient').find((child) => child.name === 'Noah')!
  const place = family.all('place').find((candidate) => candidate.kind === 'municipalUnit')!
  await send(family.client, aMutation('upsertAboutMe', { aboutMe: anAboutMe(noah.id), baseVersion: null }))
  const stay = await planStay(await staff(), { recipientId: noah.id, placeId: place.id, ...aWeekend(12) })
  return { family, noah, place, stay }
}

const dayList = async (placeId: string, from: string, to: string, as = staff()) =>
  (await as).get(`/staff/places/${placeId}/day-list?from=${from}&to=${to}`)

describe("the respite home's day list", () => {
  it("gives each stay of the week with the child's allergies, medication list, about-me card and whom to call", async () => {
    const { noah, place, stay } = await noahsWeekend()
    const response = await dayList(place.id, FRIDAY, NEXT_THURSDAY)
    expect(response.status).toBe(200)
    const list = PlaceDayList.parse(response.body)
    const noahs = list.stays.find((item) => item.stay.id === stay.id)!
    expect(list.place.id).toBe(place.id)
    expect(noahs.recipient).toMatchObject({ id: noah.id, name: 'Noah' })
    expect(noahs.medications.map((medication) => medication.name)).toContain('Levetiracetam mikstur')
    expect(noahs.medications.every((medication) => medication.recipientId === noah.id)).toBe(true)
    expect(noahs.aboutMe).toMatchObject({ recipientId: noah.id, communication: 'Bruker tegn til tale.' })
    expect(noahs.caregivers).toEqual([{ name: 'Sara Haddad', phone: '+47 455 67 812' }])
    expect(list.stays.every((item) => item.stay.placeId === place.id)).toBe(true)
  })

  it('leaves out stays that are cancelled or outside the days asked for', async () => {
    const { place, stay } = await noahsWeekend()
    const before = PlaceDayList.parse((await dayList(place.id, '2027-02-15', '2027-02-18')).body)
    expect(before.stays.map((item) => item.stay.id)).not.toContain(stay.id)
    await (
      await staff()
    ).patch(`/staff/stays/${stay.id}`, { status: 'cancelledByMunicipality', reason: 'staffShortage' })
    const after = PlaceDayList.parse((await dayList(place.id, FRIDAY, FRIDAY)).body)
    expect(after.stays.map((item) => item.stay.id)).not.toContain(stay.id)
  })

  it('writes a read of each household on the list to the access log', async () => {
    const { place } = await noahsWeekend()
    await dayList(place.id, FRIDAY, FRIDAY)
    const householdId = (await world().signIn('lunner-forelder-3')).user.householdId!
    const { items } = await pageAt(await staff(), '/staff/access-log', AccessLogEntry, { householdId, limit: 5 })
    expect(items.map((entry) => entry.action)).toContain('staffGetPlaceDayList')
  })

  it("answers another municipality's place as not found", async () => {
    const { place } = await noahsWeekend()
    const response = await dayList(place.id, FRIDAY, FRIDAY, world().as('gjovik-ansatt'))
    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({ error: { code: 'not_found' } })
  })

  it('refuses more than a week at a time, and days in the wrong order, with the shared error shape', async () => {
    const { place } = await noahsWeekend()
    for (const [from, to] of [
      [FRIDAY, '2027-02-26'],
      [FRIDAY, '2027-02-18'],
      ['19.02.2027', FRIDAY],
    ] as const) {
      const response = await dayList(place.id, from, to)
      expect(response.status).toBe(400)
      expect(response.body).toMatchObject({ error: { code: 'invalid_request' } })
    }
  })
})
