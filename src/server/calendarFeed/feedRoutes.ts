// The calendar feed's endpoints: the household's private address (and a new one), and the feed
// itself, read by calendar apps that hold the address and no session.
import { z } from 'zod'
import { API_PREFIX, CalendarFeedResponse, PushLocale } from '../../protocol'
import { notFound } from '../api/apiError'
import { defineRoute, type Route } from '../api/route'
import { isoNow } from '../../domain/clock'
import { feedData } from './feedData'
import { feedTokens } from './feedTokens'
import { householdCalendar } from './householdCalendar'

const feedPath = (token: string) => `${API_PREFIX}/calendar/${token}.ics`

export const getCalendarFeedAddress = defineRoute({
  name: 'getCalendarFeed',
  method: 'get',
  path: '/calendar-feed',
  summary: "The household's private iCalendar address (made on first use); anyone holding it can read the stays",
  access: 'caregiver',
  response: CalendarFeedResponse,
  async handle({ principal, deps }) {
    return { url: feedPath(await feedTokens(deps.db).of(principal.householdId, isoNow(deps.clock))) }
  },
})

export const rotateCalendarFeedAddress = defineRoute({
  name: 'rotateCalendarFeed',
  method: 'post',
  path: '/calendar-feed/rotate',
  summary: "Replaces the household's calendar address; the old one stops working at once",
  access: 'caregiver',
  response: CalendarFeedResponse,
  async handle({ principal, deps }) {
    return { url: feedPath(await feedTokens(deps.db).rotate(principal.householdId, isoNow(deps.clock))) }
  },
})

export const getCalendarFeed = defineRoute({
  name: 'getCalendarFeedIcs',
  method: 'get',
  path: '/calendar/:feed',
  summary: "The household's stays as iCalendar, with an alarm before each change deadline (`:feed` is `<token>.ics`)",
  access: 'anyone',
  params: z.strictObject({ feed: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'expected <token>.ics') }),
  // Calendar apps add parameters of their own to a subscribed address; those are ignored, not refused.
  query: z.object({ lang: PushLocale.optional() }),
  response: z.string(),
  produces: 'text/calendar; charset=utf-8',
  errors: ['not_found'],
  async handle({ params, query, deps }) {
    const householdId = await feedTokens(deps.db).householdOf(params.feed.slice(0, -'.ics'.length))
    if (!householdId) throw notFound()
    const now = new Date(deps.clock.now())
    const data = await feedData(deps.db, householdId, now)
    if (!data) throw notFound()
    return householdCalendar(data, { now, locale: query.lang ?? 'nb', uidDomain: 'pusterom' })
  },
})

export const calendarFeedRoutes = [getCalendarFeedAddress, rotateCalendarFeedAddress, getCalendarFeed] as Route[]
