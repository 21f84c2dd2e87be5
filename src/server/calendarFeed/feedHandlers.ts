// The calendar feed's endpoints: the household's private address (and a new one), and the feed
// itself, read by calendar apps that hold the address and no session.
import { isoNow } from '../../domain/clock'
import { calendarFeedRoutes } from '../../protocol/routes/calendarFeedRoutes'
import { apiPath } from '../../protocol/routes/routePath'
import { attach } from '../api/route'
import { notFound } from '../errors/apiError'
import { feedData } from './feedData'
import { feedTokens } from './feedTokens'
import { householdCalendar } from './householdCalendar'

const feedPath = (token: string) => apiPath(calendarFeedRoutes.getCalendarFeedIcs, { feed: `${token}.ics` })

export const calendarFeedHandlers = attach(calendarFeedRoutes, {
  async getCalendarFeed({ principal, deps }) {
    return { url: feedPath(await feedTokens(deps.db).of(principal.householdId, isoNow(deps.clock))) }
  },

  async rotateCalendarFeed({ principal, deps }) {
    return { url: feedPath(await feedTokens(deps.db).rotate(principal.householdId, isoNow(deps.clock))) }
  },

  async getCalendarFeedIcs({ params, query, deps }) {
    const householdId = await feedTokens(deps.db).householdOf(params.feed.slice(0, -'.ics'.length))
    if (!householdId) throw notFound()
    const now = new Date(deps.clock.now())
    const data = await feedData(deps.db, householdId, now)
    if (!data) throw notFound()
    return householdCalendar(data, { now, locale: query.lang ?? 'nb', uidDomain: 'pusterom' })
  },
})
