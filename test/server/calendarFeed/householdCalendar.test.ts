// The household's calendar feed: read by a real iCalendar parser, every stay at the right instant,
// an alarm before each change deadline, right across summer time.
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { changeDeadline } from '../../../src/domain/deadline'
import { feedData } from '../../../src/server/calendarFeed/feedData'
import { householdCalendar } from '../../../src/server/calendarFeed/householdCalendar'
import type { Database } from '../../../src/server/storage/database'
import { aFamilyOnRecord, aStayOf, type FamilyOnRecord } from '../push/support/familyOnRecord'
import { DATABASE_START_MS, putRecord, serverDatabaseForThisFile } from '../push/support/serverRecords'

let db: Database
beforeAll(async () => {
  db = await serverDatabaseForThisFile()
}, DATABASE_START_MS)

interface ParsedEvent {
  uid: string
  summary: string
  status: string
  start: string
  end: string
  alarms: { at: string; description: string }[]
}

/** The feed as a calendar app reads it: ical.js, alarms resolved to the instants they ring. */
async function feedAsParsed(
  family: FamilyOnRecord,
  now: string,
): Promise<{ name: string; events: ParsedEvent[]; text: string }> {
  const data = await feedData(db, family.household.id, new Date(now))
  const text = householdCalendar(data!, { now: new Date(now), locale: 'nb', uidDomain: 'pusterom.test' })
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const start = event.startDate.toJSDate()
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(component.getFirstPropertyValue('status')),
      start: start.toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      alarms: component.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration
        return {
          at: new Date(start.getTime() + trigger.toSeconds() * 1000).toISOString(),
          description: String(alarm.getFirstPropertyValue('description')),
        }
      }),
    }
  })
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events, text }
}

describe('the calendar feed', () => {
  it('holds every stay at its instant, named after who goes where', async () => {
    const family = await aFamilyOnRecord(db)
    const friday = await aStayOf(db, family, '2026-11-27T15:00:00.000Z')
    const next = await aStayOf(db, family, '2026-12-11T15:00:00.000Z')
    const feed = await feedAsParsed(family, '2026-11-20T10:00:00.000Z')
    expect(feed.name).toBe('Avlastning – Lunner kommune')
    expect(feed.events.map((event) => [event.uid, event.summary, event.start, event.end])).toEqual([
      [`${friday.id}@pusterom.test`, 'Avlastningsbolig: Emma', friday.start, friday.end],
      [`${next.id}@pusterom.test`, 'Avlastningsbolig: Emma', next.start, next.end],
    ])
  })

  it('rings before each change deadline, on the morning of the deadline day', async () => {
    const family = await aFamilyOnRecord(db)
    const stay = await aStayOf(db, family, '2026-11-27T15:00:00.000Z')
    const [event] = (await feedAsParsed(family, '2026-11-20T10:00:00.000Z')).events
    const deadline = changeDeadline(stay.start, family.municipality.changeDeadline!)
    expect(deadline).toBe('2026-11-26T14:00:00.000Z')
    expect(event?.alarms).toEqual([
      { at: '2026-11-26T07:00:00.000Z', description: 'Endringsfrist i dag kl. 15.00 for oppholdet i morgen' },
    ])
    expect(event!.alarms[0]!.at < deadline).toBe(true)
  })

  it('rings at 08:00 Norwegian time on both sides of the summer-time changes', async () => {
    const family = await aFamilyOnRecord(db)
    await aStayOf(db, family, '2026-03-30T08:00:00.000Z') // Monday after summer time begins
    await aStayOf(db, family, '2026-10-26T09:00:00.000Z') // Monday after it ends
    const feed = await feedAsParsed(family, '2026-03-01T10:00:00.000Z')
    expect(feed.events.map((event) => event.alarms.map((alarm) => alarm.at))).toEqual([
      ['2026-03-29T06:00:00.000Z'],
      ['2026-10-25T07:00:00.000Z'],
    ])
  })

  it('shows a cancelled stay as cancelled, with no alarm', async () => {
    const family = await aFamilyOnRecord(db)
    await aStayOf(db, family, '2026-11-27T15:00:00.000Z', { status: 'cancelledByMunicipality' })
    const [event] = (await feedAsParsed(family, '2026-11-20T10:00:00.000Z')).events
    expect(event).toMatchObject({ status: 'CANCELLED', summary: 'Avlyst: Avlastningsbolig: Emma', alarms: [] })
  })

  it('has no alarm where the municipality has no change deadline, and says to call the place', async () => {
    const family = await aFamilyOnRecord(db, { name: 'Gjøvik kommune', changeDeadline: null })
    await aStayOf(db, family, '2026-11-27T15:00:00.000Z')
    const feed = await feedAsParsed(family, '2026-11-20T10:00:00.000Z')
    expect(feed.events[0]?.alarms).toEqual([])
    expect(feed.text.replace(/\r\n /g, '')).toContain('Kommunen har ingen fast endringsfrist')
  })

  it('leaves out the stay notes, where health details are written', async () => {
    const family = await aFamilyOnRecord(db)
    await aStayOf(db, family, '2026-11-27T15:00:00.000Z', { notes: 'Emma får nye epilepsimedisiner' })
    const feed = await feedAsParsed(family, '2026-11-20T10:00:00.000Z')
    expect(feed.text).not.toContain('epilepsi')
  })

  it("holds only the household's own stays", async () => {
    const family = await aFamilyOnRecord(db)
    const neighbour = await aFamilyOnRecord(db)
    await aStayOf(db, neighbour, '2026-11-27T15:00:00.000Z')
    expect((await feedAsParsed(family, '2026-11-20T10:00:00.000Z')).events).toEqual([])
  })
})

describe('text in the feed', () => {
  const injected = 'Lunner\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk\r\nEND:VEVENT'

  it('keeps a name with line breaks and separators as text, in one calendar ical.js reads', async () => {
    const family = await aFamilyOnRecord(db, { name: `${injected}; a, b\\c\u0007` })
    await putRecord(db, 'recipient', family.household, { ...family.emma, name: `Emma\nEND:VEVENT` })
    await aStayOf(db, family, '2026-11-27T15:00:00.000Z')

    const feed = await feedAsParsed(family, '2026-11-20T10:00:00.000Z')

    // ical.js hands X- properties over as written: escaped as TEXT (RFC 5545, 3.3.11).
    expect(feed.name).toBe('Avlastning – Lunner END:VCALENDAR BEGIN:VEVENT SUMMARY:Falsk END:VEVENT\\; a\\, b\\\\c ')
    expect(feed.events.map((event) => event.summary)).toEqual(['Avlastningsbolig: Emma END:VEVENT'])
    expect(feed.text.match(/^BEGIN:VCALENDAR\r$/gm)).toHaveLength(1)
  })
})
