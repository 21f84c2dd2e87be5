// What the municipality's console has waiting in the Lunner demo: change requests to answer, some
// received in time and some after the deadline, and the Haddad family's applications for the coming summer.
// Gjøvik has neither a change deadline nor summer respite, so it gets none.
import type { ChangeRequest, Stay, SummerApplication } from '../../protocol'
import { changeDeadline, isOnTime } from '../../domain/deadline'
import { comingSummerRespite, LUNNER_RULE } from './demoTenants'
import type { HouseholdSeed, RecipientSeed } from './householdSeed'
import { stableId } from './stableId'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (epochMs: number) => new Date(epochMs).toISOString()

interface Asked {
  type: ChangeRequest['type']
  message: string
  /** When the server received it. */
  at: number
  /** For a new time: how many hours later the stay should start. */
  laterBy?: number
}

function pendingRequest(stay: Stay, asked: Asked): ChangeRequest {
  const receivedAt = iso(asked.at)
  const moved = asked.laterBy === undefined ? null : iso(Date.parse(stay.start) + asked.laterBy * HOUR)
  return {
    id: stableId('demo/console', 'changeRequest', stay.id),
    stayId: stay.id,
    type: asked.type,
    proposedStart: moved,
    proposedEnd: moved && stay.end,
    message: asked.message,
    createdAt: receivedAt,
    receivedAt,
    deadline: changeDeadline(stay.start, LUNNER_RULE),
    onTime: isOnTime(receivedAt, stay.start, LUNNER_RULE),
    status: 'pending',
    answerNote: null,
    answeredAt: null,
  }
}

function ask(seed: RecipientSeed, stay: Stay | undefined, asked: Asked): void {
  if (stay) seed.changeRequests = [...(seed.changeRequests ?? []), pendingRequest(stay, asked)]
}

const planned = (seed: RecipientSeed) => seed.stays.filter((stay) => stay.status === 'planned')
const upcoming = (seed: RecipientSeed, now: number, days: number) =>
  planned(seed).find((stay) => Date.parse(stay.start) > now + days * DAY)
const lastBefore = (seed: RecipientSeed, now: number) => planned(seed).findLast((stay) => Date.parse(stay.start) < now)

function apply(seed: RecipientSeed, year: number, periods: [string, string][], message: string, at: number) {
  const application: SummerApplication = {
    id: stableId('demo/console', 'summerApplication', seed.recipient.id, String(year)),
    recipientId: seed.recipient.id,
    year,
    periods: periods.map(([from, to]) => ({ from: `${year}-${from}`, to: `${year}-${to}` })),
    message,
    submittedAt: iso(at),
    status: 'submitted',
    answerNote: null,
  }
  seed.summerApplications = [application]
}

/** Adds the pending requests and summer applications to the Lunner households (found by the children's names). */
export function addConsoleWork(now: number, lunner: readonly HouseholdSeed[]): void {
  const child = (name: string) =>
    lunner.flatMap((household) => household.recipients).find((seed) => seed.recipient.name === name)
  const [noah, maja] = [child('Noah'), child('Maja')]
  if (!noah || !maja) return
  // In time: asked a few hours ago about stays weeks ahead.
  ask(noah, upcoming(noah, now, 20), {
    type: 'cancel',
    message: 'Noah skal på besøk til besteforeldrene.',
    at: now - 3 * HOUR,
  })
  ask(maja, upcoming(maja, now, 10), {
    type: 'changeTime',
    message: 'Maja har tannlege om morgenen. Kan hun komme kl. 11?',
    at: now - 26 * HOUR,
    laterBy: 2,
  })
  // Late: asked the evening before the stay, after 15.00, and not answered yet.
  const majaLast = lastBefore(maja, now)
  if (majaLast)
    ask(maja, majaLast, { type: 'cancel', message: 'Maja har feber.', at: Date.parse(majaLast.start) - 13 * HOUR })
  const noahLast = lastBefore(noah, now)
  if (noahLast)
    ask(noah, noahLast, {
      type: 'changeTime',
      message: 'Bilen er på verksted. Kan vi komme to timer senere?',
      at: Date.parse(noahLast.start) - 19 * HOUR,
      laterBy: 2,
    })

  // Not Ida: the Berg family is the one to try applying from the app.
  const summer = comingSummerRespite(now)
  const year = Number(summer.from.slice(0, 4))
  apply(noah, year, [['07-05', '07-16']], 'Helst de to første ukene i juli.', now - 6 * DAY)
  apply(
    maja,
    year,
    [
      ['06-21', '06-25'],
      ['08-02', '08-06'],
    ],
    '',
    now - 5 * DAY,
  )
}
