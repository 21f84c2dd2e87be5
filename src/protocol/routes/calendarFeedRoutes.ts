// The calendar feed: the household's private address (and a new one), and the feed itself, read by
// calendar apps that hold the address and no session.
import { z } from 'zod'
import { CalendarFeedResponse, PushLocale } from '../push'
import { describeRoutes } from './route'

export const calendarFeedRoutes = describeRoutes({
  getCalendarFeed: {
    method: 'get',
    path: '/calendar-feed',
    summary: "The household's private iCalendar address (made on first use); anyone holding it can read the stays",
    access: 'caregiver',
    response: CalendarFeedResponse,
  },
  rotateCalendarFeed: {
    method: 'post',
    path: '/calendar-feed/rotate',
    summary: "Replaces the household's calendar address; the old one stops working at once",
    access: 'caregiver',
    response: CalendarFeedResponse,
  },
  getCalendarFeedIcs: {
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
  },
})
