import { describe, expect, it } from 'vitest'
import {
  Place,
  StaffChangeRequest,
  StaffHousehold,
  StaffHouseholdDetail,
  StaffMessage,
  StaffStay,
  StaffSummerApplication,
} from '../../../src/protocol'
import { quotaUse } from '../../../src/domain/quota'
import { aCancellation, aMutation, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { everyPage, pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })
const staff = () => world().as('lunner-ansatt')

describe("the municipality's console reads", () => {
  it('lists each household with its caregivers and children', async () => {
    const { items } = await everyPage(await staff(), '/staff/households', StaffHousehold)
    const people = items.map((household) => ({
      caregivers: household.caregivers.map((caregiver) => caregiver.name).sort(),
      children: household.recipients.map((child) => child.name).sort(),
    }))
    expect(people).toEqual(
      expect.arrayContaining([
        { caregivers: ['Eirik Berg', 'Hanne Berg'], children: ['Ida'] },
        { caregivers: ['Sara Haddad'], children: ['Maja', 'Noah'] },
      ]),
    )
    expect(items).toHaveLength(2)
  })

  it("finds a household by part of a caregiver's or a child's name, in any case", async () => {
    const byChild = await pageAt(await staff(), '/staff/households', StaffHousehold, { name: 'mAJ' })
    const byParent = await pageAt(await staff(), '/staff/households', StaffHousehold, { name: 'eirik' })
    expect(byChild.items.map((household) => household.caregivers[0]?.name)).toEqual(['Sara Haddad'])
    expect(byParent.items.map((household) => household.recipients[0]?.name)).toEqual(['Ida'])
  })

  it("shows one household with each child's decisions and how much of this month is used and planned", async () => {
    const { user } = await world().signIn('lunner-forelder-1')
    const response = await (await staff()).get(`/staff/households/${user.householdId}`)
    expect(response.status).toBe(200)
    const household = StaffHouseholdDetail.parse(response.body)
    const [ida] = household.recipients
    const [decision] = ida!.decisions
    const stays = (await world().family('lunner-forelder-1')).all('stay')
    const expected = quotaUse(decision!, stays, world().clock.now(), 'Europe/Oslo')!
    // 12 days a month; the seed time is 23 November.
    expect(decision).toMatchObject({ amount: 12, unit: 'days', period: 'month' })
    expect(decision!.use).toEqual({
      periodFrom: '2026-11-01',
      periodUntil: '2026-12-01',
      granted: 12,
      used: expected.used,
      planned: expected.planned,
      remaining: expected.remaining,
    })
    expect(expected.used + expected.planned).toBeGreaterThan(0)
  })

  it("shows one household with each caregiver's phone and postal address as the municipality's record has them", async () => {
    const { user } = await world().signIn('lunner-forelder-1')
    const response = await (await staff()).get(`/staff/households/${user.householdId}`)
    const household = StaffHouseholdDetail.parse(response.body)
    expect(household.caregivers).toEqual([
      expect.objectContaining({ name: 'Eirik Berg', phone: '+47 934 56 781', address: 'Bjørgeveien 12, 2740 Roa' }),
      expect.objectContaining({ name: 'Hanne Berg', phone: '+47 412 34 567', address: 'Bjørgeveien 12, 2740 Roa' }),
    ])
  })

  it('lists the places of the municipality by name, and of one kind when asked', async () => {
    const all = await pageAt(await staff(), '/staff/places', Place)
    const names = all.items.map((place) => place.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')))
    expect(names.length).toBeGreaterThanOrEqual(2)
    const units = await pageAt(await staff(), '/staff/places', Place, { kind: 'dayOffer' })
    expect(units.items.map((place) => place.name)).toEqual(['Dagtilbudet Tunet'])
  })

  it("lists a week's stays, each overlapping the days asked for, in time order", async () => {
    const { items: all } = await everyPage(await staff(), '/staff/stays', StaffStay, { limit: 200 })
    const { items: week } = await everyPage(await staff(), '/staff/stays', StaffStay, {
      from: '2026-11-30',
      to: '2026-12-06',
    })
    // Monday 30 November 00:00 to Monday 7 December 00:00, Norwegian time (UTC+1).
    const expected = all.filter(
      (stay) => stay.end > '2026-11-29T23:00:00.000Z' && stay.start < '2026-12-06T23:00:00.000Z',
    )
    expect(week.map((stay) => stay.id)).toEqual(expected.map((stay) => stay.id))
    expect(week.length).toBeGreaterThan(1)
    const starts = all.map((stay) => stay.start)
    expect(starts).toEqual([...starts].sort())
  })

  it("lists one child's stays at one place", async () => {
    const family = await world().family('lunner-forelder-3')
    const noah = family.all('recipient').find((child) => child.name === 'Noah')!
    const placeId = family.all('stay').find((stay) => stay.recipientId === noah.id)!.placeId
    const { items } = await everyPage(await staff(), '/staff/stays', StaffStay, { recipientId: noah.id, placeId })
    const expected = family.all('stay').filter((stay) => stay.recipientId === noah.id && stay.placeId === placeId)
    expect(items.map((stay) => stay.id).sort()).toEqual(expected.map((stay) => stay.id).sort())
  })

  it('shows a stay with an unanswered request as change requested, and finds it by that state', async () => {
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    const stay = await planStay(await staff(), {
      recipientId: ida!.id,
      placeId: family.all('place')[0]!.id,
      ...aWeekend(6),
    })
    await send(family.client, aCancellation(stay.id))
    const requested = await everyPage(await staff(), '/staff/stays', StaffStay, { state: 'changeRequested' })
    const planned = await everyPage(await staff(), '/staff/stays', StaffStay, { state: 'planned' })
    expect(requested.items.find((item) => item.id === stay.id)).toMatchObject({ state: 'changeRequested' })
    expect(requested.items.every((item) => item.state === 'changeRequested')).toBe(true)
    expect(planned.items.some((item) => item.id === stay.id)).toBe(false)
    expect(planned.items.every((item) => item.state === 'planned' && item.status === 'planned')).toBe(true)
  })

  it("lists pending requests, the nearest stay first, with the family's message, receipt and verdict", async () => {
    const family = await world().family('lunner-forelder-3')
    const [child] = family.all('recipient')
    const placeId = family.all('place')[0]!.id
    const later = await planStay(await staff(), { recipientId: child!.id, placeId, ...aWeekend(9) })
    const sooner = await planStay(await staff(), { recipientId: child!.id, placeId, ...aWeekend(8) })
    await send(family.client, aCancellation(later.id, { message: 'Vi er på ferie.' }))
    await send(family.client, aCancellation(sooner.id, { message: 'Bursdag.' }))
    const { items } = await everyPage(await staff(), '/staff/change-requests', StaffChangeRequest, {
      state: 'pending',
    })
    expect(items.every((request) => request.status === 'pending')).toBe(true)
    const ours = items.filter((request) => [later.id, sooner.id].includes(request.stayId))
    expect(ours.map((request) => request.message)).toEqual(['Bursdag.', 'Vi er på ferie.'])
    expect(ours[0]).toMatchObject({
      receivedAt: world().clock.iso(),
      onTime: true,
      stay: { id: sooner.id, start: sooner.start },
      recipient: { id: child!.id, name: child!.name },
    })
    const starts = items.map((request) => request.stay.start)
    expect(starts).toEqual([...starts].sort())
  })

  it('lists the messages the municipality has sent, newest first, for one household when asked', async () => {
    const { user } = await world().signIn('lunner-forelder-3')
    const client = await staff()
    await client.post('/staff/messages', { householdId: user.householdId, title: 'Juleavslutning', body: 'Velkommen!' })
    const { items } = await everyPage(client, '/staff/messages', StaffMessage, { householdId: user.householdId! })
    expect(items.find((message) => message.title === 'Juleavslutning')).toMatchObject({ kind: 'notice' })
    expect(items.every((message) => message.householdId === user.householdId)).toBe(true)
    const times = items.map((message) => message.createdAt)
    expect(times).toEqual([...times].sort().reverse())
    const notices = await everyPage(client, '/staff/messages', StaffMessage, { kind: 'notice' })
    expect(notices.items.every((message) => message.kind === 'notice')).toBe(true)
  })

  it("lists summer applications with the child's name, filtered by year and status", async () => {
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    const applicationId = crypto.randomUUID()
    await send(
      family.client,
      aMutation('submitSummerApplication', {
        applicationId,
        recipientId: ida!.id,
        year: 2027,
        periods: [{ from: '2027-07-05', to: '2027-07-16' }],
        message: 'Helst uke 27.',
      }),
    )
    const client = await staff()
    const found = await everyPage(client, '/staff/summer-applications', StaffSummerApplication, {
      year: 2027,
      status: 'submitted',
    })
    expect(found.items.find((application) => application.id === applicationId)).toMatchObject({
      recipient: { id: ida!.id, name: 'Ida' },
      message: 'Helst uke 27.',
    })
    const otherYear = await everyPage(client, '/staff/summer-applications', StaffSummerApplication, { year: 2028 })
    expect(otherYear.items).toEqual([])
  })
  it("lists one household's requests and summer applications when asked, and no other family's", async () => {
    const haddad = await world().family('lunner-forelder-3')
    const [noah] = haddad.all('recipient')
    const stay = await planStay(await staff(), {
      recipientId: noah!.id,
      placeId: haddad.all('place')[0]!.id,
      ...aWeekend(11),
    })
    await send(haddad.client, aCancellation(stay.id, { message: 'Syk.' }))
    const applicationId = crypto.randomUUID()
    await send(
      haddad.client,
      aMutation('submitSummerApplication', {
        applicationId,
        recipientId: noah!.id,
        year: 2027,
        periods: [{ from: '2027-07-12', to: '2027-07-23' }],
        message: '',
      }),
    )
    const householdId = (await world().signIn('lunner-forelder-3')).user.householdId!
    const bergId = (await world().signIn('lunner-forelder-1')).user.householdId!
    const client = await staff()

    const requests = await everyPage(client, '/staff/change-requests', StaffChangeRequest, { householdId })
    const summer = await everyPage(client, '/staff/summer-applications', StaffSummerApplication, { householdId })
    const bergs = await everyPage(client, '/staff/change-requests', StaffChangeRequest, { householdId: bergId })

    expect(requests.items.map((request) => request.stayId)).toContain(stay.id)
    expect(requests.items.every((request) => request.householdId === householdId)).toBe(true)
    expect(summer.items.map((application) => application.id)).toContain(applicationId)
    expect(summer.items.every((application) => application.householdId === householdId)).toBe(true)
    expect(bergs.items.map((request) => request.stayId)).not.toContain(stay.id)
  })

  // Last: the clock moves ten weeks ahead and back, which ends the sessions signed in before.
  it('marks a request received after the deadline as late', async () => {
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    // Friday 16:00 in ten weeks; the family asks on the Thursday at 16:00, an hour after the deadline.
    const weekend = aWeekend(10)
    const stay = await planStay(await staff(), {
      recipientId: ida!.id,
      placeId: family.all('place')[0]!.id,
      ...weekend,
    })
    const before = world().clock.iso()
    world().clock.set(new Date(Date.parse(weekend.start) - 86_400_000).toISOString())
    try {
      const { token } = await world().signIn('lunner-forelder-1')
      await send(world().anonymous.withToken(token), aCancellation(stay.id))
    } finally {
      world().clock.set(before)
    }
    const { items } = await everyPage(await staff(), '/staff/change-requests', StaffChangeRequest)
    expect(items.find((request) => request.stayId === stay.id)).toMatchObject({ onTime: false, status: 'pending' })
  })
})
