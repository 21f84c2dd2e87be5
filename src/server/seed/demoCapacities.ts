// What the demo places have room for: the respite homes' beds, one child at a time at a private provider,
// day places on weekdays, the day offers closed for Christmas and Solsikken closed the weekend the
// municipality had to cancel and on a planning day in the seed's month (so the first month the office's grid
// shows has a closed day beside the full weekends). Demo stays on a closed day are not planned.
import type { PlaceCapacity, Stay } from '../../protocol'
import { addDays, firstOfMonth, isoWeekday, localDateOf } from '../../domain/localDates'
import { daysTaken, isOpenOn } from '../../domain/placeCapacity'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { Slot, Window } from './staySchedule'

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]
const WEEKDAYS = [1, 2, 3, 4, 5]

/** The Christmas holidays, 24 December to 1 January, of each year the window touches. */
function christmas(window: Window): PlaceCapacity['closed'] {
  const first = Number(window.from.slice(0, 4)) - 1
  const last = Number(window.to.slice(0, 4))
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index)
  return years.map((year) => ({ from: `${year}-12-24`, to: `${year + 1}-01-01`, note: 'Juleferie' }))
}

export function lunnerCapacities(window: Window) {
  return {
    privateHome: { unit: 'children', size: 1, openDays: EVERY_DAY, closed: [] },
    unit: { unit: 'beds', size: 4, openDays: EVERY_DAY, closed: [] },
    dayOffer: { unit: 'dayPlaces', size: 6, openDays: WEEKDAYS, closed: christmas(window) },
    supportContact: { unit: 'children', size: 2, openDays: EVERY_DAY, closed: [] },
  } satisfies Record<string, PlaceCapacity>
}

export function gjovikCapacities(window: Window) {
  return {
    nursingHome: { unit: 'rooms', size: 2, openDays: EVERY_DAY, closed: [] },
    unit: { unit: 'beds', size: 5, openDays: EVERY_DAY, closed: [] },
    privateHome: { unit: 'children', size: 1, openDays: EVERY_DAY, closed: [] },
    dayOffer: { unit: 'dayPlaces', size: 8, openDays: WEEKDAYS, closed: christmas(window) },
  } satisfies Record<string, PlaceCapacity>
}

/** The slots on days the place is open. */
export function whenOpen(slots: readonly Slot[], capacity: PlaceCapacity): Slot[] {
  return slots.filter((slot) =>
    daysTaken(slot, capacity.unit, NORWEGIAN_TIME_ZONE).every((day) => isOpenOn(capacity, day)),
  )
}

/** A place closed on the nights of stays the municipality cancelled there (the demo's holiday weekend). */
export function closedFor(capacity: PlaceCapacity, cancelled: readonly Stay[], note: string): PlaceCapacity {
  const closed = cancelled.map((stay) => {
    const days = daysTaken(stay, capacity.unit, NORWEGIAN_TIME_ZONE)
    return { from: days[0]!, to: days.at(-1)!, note }
  })
  return { ...capacity, closed: [...capacity.closed, ...closed] }
}

/** A place closed one Wednesday of the month of `now` (the first still ahead, else the last), when no one sleeps there. */
export function closedOnAWednesday(capacity: PlaceCapacity, now: number, note: string): PlaceCapacity {
  const today = localDateOf(now, NORWEGIAN_TIME_ZONE)
  const first = firstOfMonth(today)
  const wednesdays: string[] = []
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1))
    if (isoWeekday(day) === 3) wednesdays.push(day)
  const day = wednesdays.find((wednesday) => wednesday >= today) ?? wednesdays.at(-1)!
  return { ...capacity, closed: [...capacity.closed, { from: day, to: day, note }] }
}
