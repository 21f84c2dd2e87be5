import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { isoNow } from '../../../src/domain/clock'
import { addDays, localDateOf } from '../../../src/domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../../src/domain/zonedTime'
import type { Stay } from '../../../src/protocol'
import { seedHouseholds, seedMunicipality, type SeededHousehold } from '../../../src/server/seed/manyHouseholds'
import { everyOtherWeekend, windowAround, type Slot } from '../../../src/server/seed/staySchedule'
import { setCapacity } from '../../../src/server/staff/planning/placeCapacities'
import { databaseReads, type PlanningReads, type Span } from '../../../src/server/staff/planning/planningReads'
import { preloadPlanningReads, type PlanToRead } from '../../../src/server/staff/planning/preloadedPlanningReads'
import { writeInMunicipality, type RecordWriter } from '../../../src/server/storage/records'
import { useTestServer } from '../support/testServer'

const world = useTestServer()
let municipalityId: string
let placeId: string
let children: SeededHousehold[]
let weekends: Slot[]

beforeAll(async () => {
  const { db, clock } = world()
  const seeded = await seedMunicipality(db)
  municipalityId = seeded.municipality.id
  placeId = seeded.place.id
  children = await seedHouseholds(db, { municipalityId, count: 5, clock, staysPerHousehold: 4 })
  const capacity = { unit: 'beds' as const, size: 9, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] }
  await writeInMunicipality(db, municipalityId, (writer) =>
    setCapacity(writer.tx, municipalityId, placeId, capacity, isoNow(clock)),
  )
  weekends = everyOtherWeekend(windowAround(clock.now(), 0, 120), 0)
})

const dayOf = (at: string) => localDateOf(Date.parse(at), NORWEGIAN_TIME_ZONE)
const spanOf = ({ start, end }: Slot): Span => ({ from: addDays(dayOf(start), -1), to: addDays(dayOf(end), 1) })
const ids = (stays: readonly Stay[]) => stays.map((stay) => stay.id).sort()

/** Both ways of reading, in one write that is rolled back after. */
async function inAWrite(
  work: (writer: RecordWriter, preloaded: PlanningReads, fromDb: PlanningReads) => Promise<void>,
) {
  const plans: PlanToRead[] = children.map((child, index) => ({
    recipientId: child.recipientId,
    placeId,
    times: [weekends[index % 3]!],
  }))
  await writeInMunicipality(world().db, municipalityId, async (writer) => {
    const preloaded = await preloadPlanningReads(writer.tx, municipalityId, plans)
    await work(writer, preloaded, databaseReads(writer.tx, municipalityId))
    throw new Error('rolled back')
  }).catch((error: unknown) => {
    if ((error as Error).message !== 'rolled back') throw error
  })
}

describe('the reads a Bundle of plans is judged against', () => {
  it('see the same stays of each child and of the place as the database, for every plan’s days', async () => {
    await inAWrite(async (_, preloaded, fromDb) => {
      for (const [index, child] of children.entries()) {
        const span = spanOf(weekends[index % 3]!)
        const childStays = await preloaded.staysAround('recipientId', child.recipientId, span)
        expect(ids(childStays)).toEqual(ids(await fromDb.staysAround('recipientId', child.recipientId, span)))
        expect(childStays.length).toBeGreaterThan(0)
        const placeStays = await preloaded.staysAround('placeId', placeId, span)
        expect(ids(placeStays)).toEqual(ids(await fromDb.staysAround('placeId', placeId, span)))
      }
    })
  })

  it('see the child, the place, its capacity and the decisions as the database does', async () => {
    await inAWrite(async (_, preloaded, fromDb) => {
      const child = children[0]!.recipientId
      expect(await preloaded.child(child)).toEqual(await fromDb.child(child))
      expect(await preloaded.place(placeId)).toEqual(await fromDb.place(placeId))
      expect(await preloaded.capacity(placeId)).toEqual(await fromDb.capacity(placeId))
      expect(await preloaded.decisions(child)).toEqual(await fromDb.decisions(child))
      expect(await preloaded.child(randomUUID())).toBeNull()
    })
  })

  it('see a stay planned in this write, not yet written, for its child and its place', async () => {
    await inAWrite(async (_, preloaded) => {
      const [first] = await preloaded.staysAround('placeId', placeId, spanOf(weekends[0]!))
      const stay: Stay = { ...first!, id: randomUUID(), recipientId: children[4]!.recipientId }
      preloaded.planned([stay])
      expect(ids(await preloaded.staysAround('recipientId', stay.recipientId, spanOf(weekends[0]!)))).toContain(stay.id)
      expect(ids(await preloaded.staysAround('placeId', placeId, spanOf(weekends[0]!)))).toContain(stay.id)
      expect(ids(await preloaded.staysAround('placeId', placeId, spanOf(weekends[2]!)))).not.toContain(stay.id)
    })
  })

  it('ask the database, with this write’s plans, for days beyond what was read at the start', async () => {
    await inAWrite(async (_, preloaded, fromDb) => {
      const later = spanOf(weekends[6]!)
      const child = children[0]!.recipientId
      const [existing] = await fromDb.staysAround('recipientId', child, spanOf(weekends[0]!))
      const planned: Stay = { ...existing!, id: randomUUID(), ...weekends[6]! }
      preloaded.planned([planned])
      const seen = await preloaded.staysAround('recipientId', child, later)
      expect(ids(seen)).toEqual(ids([...(await fromDb.staysAround('recipientId', child, later)), planned]))
    })
  })
})
