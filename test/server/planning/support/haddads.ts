// The Haddads of the demo as a planning test needs them: Noah (municipal unit, two stays a month) with his
// stays ahead, Maja (day offer), Lunner's places by kind, and the staff who plan for them.
import type { Place, Stay } from '../../../../src/protocol'
import type { TestServer } from '../../support/testServer'

const DAY = 86_400_000

export const shift = (stay: Pick<Stay, 'start' | 'end'>, days: number) => ({
  start: new Date(Date.parse(stay.start) + days * DAY).toISOString(),
  end: new Date(Date.parse(stay.end) + days * DAY).toISOString(),
})

export async function haddads(world: () => TestServer) {
  const family = await world().family('lunner-forelder-3')
  const child = (name: string) => family.all('recipient').find((recipient) => recipient.name === name)!
  const noah = child('Noah')
  const maja = child('Maja')
  const place = (kind: Place['kind']) => family.all('place').find((candidate) => candidate.kind === kind)!
  const nowMs = world().clock.now()
  const ahead = (recipientId: string) =>
    family
      .all('stay')
      .filter((stay) => stay.recipientId === recipientId && Date.parse(stay.start) > nowMs + 7 * DAY)
      .filter((stay) => stay.status === 'planned')
      .sort((a, b) => a.start.localeCompare(b.start))
  const month = (stay: Pick<Stay, 'start'>) => stay.start.slice(0, 7)
  /** Noah's stay ahead whose month already holds both stays his decision grants, with a free weekend after it. */
  const fullMonthStay = () =>
    ahead(noah.id).find(
      (stay) =>
        ahead(noah.id).filter((other) => month(other) === month(stay)).length >= 2 &&
        month(shift(stay, 7)) === month(stay),
    )!
  return {
    family,
    noah,
    maja,
    unit: place('municipalUnit'),
    dayOffer: place('dayOffer'),
    privateHome: place('privateProvider'),
    noahsNext: ahead(noah.id)[0]!,
    fullMonthStay,
    staff: await world().as('lunner-ansatt'),
  }
}
