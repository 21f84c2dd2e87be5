// The calendar feed through the real server: a private address per household, the feed as a phone's
// calendar reads it, and an address that can be replaced.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { changeDeadline } from '../../../src/domain/deadline'
import { CalendarFeedResponse, type Municipality } from '../../../src/protocol'
import { FamilyView } from '../support/familyView'
import { useNotificationServer } from '../push/support/notificationServer'

const world = useNotificationServer()

async function addressOf(username: string): Promise<string> {
  const response = await (await world().as(username)).get('/calendar-feed')
  expect(response.status).toBe(200)
  return CalendarFeedResponse.parse(response.body).url
}

async function fetchFeed(address: string): Promise<Response> {
  return fetch(world().server.url + address)
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const start = event.startDate.toJSDate().getTime()
    return {
      uid: event.uid,
      start: new Date(start).toISOString(),
      status: String(component.getFirstPropertyValue('status')),
      alarms: component
        .getAllSubcomponents('valarm')
        .map((alarm) =>
          new Date(start + (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000).toISOString(),
        ),
    }
  })
}

describe('the calendar feed', () => {
  it('lists every stay of the household, with an alarm before each change deadline still ahead', async () => {
    const family = new FamilyView(await world().as('lunner-forelder-3'))
    await family.sync()
    const municipality = (await family.client.get<Municipality>('/municipality')).body
    const response = await fetchFeed(await addressOf('lunner-forelder-3'))

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const events = eventsOf(await response.text())
    const now = world().clock.iso()
    const recent = family.all('stay').filter((stay) => Date.parse(stay.end) >= Date.parse(now) - 92 * 86_400_000)
    expect(events.map((event) => event.uid).sort()).toEqual(recent.map((stay) => `${stay.id}@pusterom`).sort())
    for (const stay of recent) {
      const event = events.find((candidate) => candidate.uid === `${stay.id}@pusterom`)!
      const deadline = changeDeadline(stay.start, municipality.changeDeadline!)
      const wantsAlarm = deadline > now && (stay.status === 'planned' || stay.status === 'changed')
      expect(event.start).toBe(stay.start)
      expect(event.alarms).toHaveLength(wantsAlarm ? 1 : 0)
      for (const alarm of event.alarms) expect(alarm < deadline).toBe(true)
    }
    expect(events.some((event) => event.alarms.length === 1)).toBe(true)
  })

  it('gives both parents the same address, and another household another', async () => {
    expect(await addressOf('lunner-forelder-1')).toBe(await addressOf('lunner-forelder-2'))
    expect(await addressOf('lunner-forelder-3')).not.toBe(await addressOf('lunner-forelder-1'))
  })

  it('holds none of another household’s stays', async () => {
    const neighbours = new FamilyView(await world().as('lunner-forelder-1'))
    await neighbours.sync()
    const theirs = new Set(neighbours.all('stay').map((stay) => `${stay.id}@pusterom`))
    const events = eventsOf(await (await fetchFeed(await addressOf('lunner-forelder-3'))).text())
    expect(events.filter((event) => theirs.has(event.uid))).toEqual([])
  })

  it('stops answering at the old address once a new one is made', async () => {
    const old = await addressOf('gjovik-forelder-1')
    const rotated = await (await world().as('gjovik-forelder-1')).post('/calendar-feed/rotate')
    const fresh = CalendarFeedResponse.parse(rotated.body).url
    expect(fresh).not.toBe(old)
    expect((await fetchFeed(old)).status).toBe(404)
    expect((await fetchFeed(fresh)).status).toBe(200)
    expect(await addressOf('gjovik-forelder-1')).toBe(fresh)
  })

  it('answers an unknown address with 404 and a malformed one with 400', async () => {
    expect((await fetchFeed(`/api/v1/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404)
    expect((await fetchFeed('/api/v1/calendar/not-a-token.ics')).status).toBe(400)
  })

  it('answers a calendar app that adds parameters of its own to the address', async () => {
    const address = await addressOf('lunner-forelder-1')
    const response = await fetchFeed(`${address}?foo=1&lang=en`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('BEGIN:VCALENDAR')
  })

  it('words the stays and their alarms in the language the address asks for', async () => {
    const address = await addressOf('lunner-forelder-1')
    const nynorsk = await (await fetchFeed(`${address}?lang=nn`)).text()
    const english = await (await fetchFeed(`${address}?lang=en`)).text()
    expect(nynorsk).toContain('X-WR-CALNAME:Avlasting – ')
    expect(nynorsk).not.toContain('Avlastning –')
    expect(english).toContain('X-WR-CALNAME:Respite care – ')
    expect(english).toContain('Change deadline:')
  })

  it('gives addresses to caregivers only', async () => {
    expect((await world().anonymous.get('/calendar-feed')).status).toBe(401)
    expect((await (await world().as('lunner-ansatt')).get('/calendar-feed')).status).toBe(403)
  })
})
