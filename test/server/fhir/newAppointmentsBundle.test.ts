import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { isoNow } from '../../../src/domain/clock'
import type { StaffPrincipal } from '../../../src/server/auth/principal'
import { writeTransaction } from '../../../src/server/fhir/transactionBundle'
import { seedHouseholds, seedMunicipality, type SeededHousehold } from '../../../src/server/seed/manyHouseholds'
import { everyOtherWeekend, norwegianInstant, windowAround, type Slot } from '../../../src/server/seed/staySchedule'
import { localDateOf } from '../../../src/domain/localDates'
import { NORWEGIAN_TIME_ZONE } from '../../../src/domain/zonedTime'
import { setCapacity } from '../../../src/server/staff/planning/placeCapacities'
import type { Database, Queryable } from '../../../src/server/storage/database'
import { writeInMunicipality } from '../../../src/server/storage/records'
import { useTestServer } from '../support/testServer'
import { aPlanEntry, aTransaction } from './support/appointments'

const world = useTestServer()
const SYSTEM = 'urn:test:plan'
let children: SeededHousehold[]
let placeId: string
let staff: StaffPrincipal
/** The weekend each child already has a stay, and free weekends after it. */
let planned: Slot
let free: Slot[]

beforeAll(async () => {
  const { db, clock } = world()
  const { municipality, place } = await seedMunicipality(db)
  placeId = place.id
  children = await seedHouseholds(db, { municipalityId: municipality.id, count: 12, clock, staysPerHousehold: 1 })
  const capacity = { unit: 'beds' as const, size: 12, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] }
  await writeInMunicipality(db, municipality.id, (writer) =>
    setCapacity(writer.tx, municipality.id, place.id, capacity, isoNow(clock)),
  )
  staff = { role: 'staff', userId: randomUUID(), municipalityId: municipality.id, householdId: null }
  ;[planned, ...free] = everyOtherWeekend(windowAround(clock.now(), 0, 120), 0) as [Slot, ...Slot[]]
})

const appointment = (childId: string, { start, end }: Slot) =>
  aPlanEntry({ childId, placeId, start, end }, SYSTEM, randomUUID())
const bundleOf = (entries: object[]) => aTransaction(...entries)

/** The database, counting the statements sent within its transactions. */
function counting(db: Database): { db: Database; statements: () => number } {
  let statements = 0
  const countingTx = (tx: Queryable): Queryable => ({
    query: (...args) => {
      statements++
      return tx.query(...args)
    },
    exec: (sql) => tx.exec(sql),
  })
  const wrapped = Object.create(db) as Database
  wrapped.transaction = (work) => db.transaction((tx) => work(countingTx(tx)))
  return { db: wrapped, statements: () => statements }
}

async function send(entries: object[]) {
  return writeTransaction(world().db, staff, bundleOf(entries), isoNow(world().clock))
}

describe('a transaction Bundle of Appointments never sent before', () => {
  it('is planned in as many statements for twelve children as for two', async () => {
    const two = counting(world().db)
    await writeTransaction(
      two.db,
      staff,
      bundleOf(children.slice(0, 2).map((child) => appointment(child.recipientId, free[0]!))),
      isoNow(world().clock),
    )
    const twelve = counting(world().db)
    await writeTransaction(
      twelve.db,
      staff,
      bundleOf(children.map((child) => appointment(child.recipientId, free[1]!))),
      isoNow(world().clock),
    )
    expect(twelve.statements()).toBe(two.statements())
    expect(two.statements()).toBeLessThan(20)
  })

  it('refuses the entry that books a child where the child already stays, naming it', async () => {
    const entries = [appointment(children[0]!.recipientId, free[2]!), appointment(children[1]!.recipientId, planned)]
    await expect(send(entries)).rejects.toMatchObject({ code: 'double_booked', field: 'entry.1' })
  })

  it('refuses the entry that fills the place past its beds with the entries before it', async () => {
    await writeInMunicipality(world().db, staff.municipalityId, (writer) =>
      setCapacity(
        writer.tx,
        staff.municipalityId,
        placeId,
        { unit: 'beds', size: 3, openDays: [1, 2, 3, 4, 5, 6, 7], closed: [] },
        isoNow(world().clock),
      ),
    )
    const entries = children.slice(0, 4).map((child) => appointment(child.recipientId, free[3]!))
    await expect(send(entries)).rejects.toMatchObject({ code: 'place_full', field: 'entry.3' })
    await expect(send(entries.slice(0, 3))).resolves.toHaveLength(3)
  })

  it('refuses the entry past the child’s decision counting the entries before it (two stays a month)', async () => {
    const month = localDateOf(world().clock.now() + 75 * 86_400_000, NORWEGIAN_TIME_ZONE).slice(0, 8)
    const day = (date: string): Slot => ({
      start: norwegianInstant(`${month}${date}`, '10:00'),
      end: norwegianInstant(`${month}${date}`, '16:00'),
    })
    const child = children[7]!.recipientId
    const entries = [appointment(child, day('08')), appointment(child, day('15')), appointment(child, day('22'))]
    await expect(send(entries)).rejects.toMatchObject({ code: 'beyond_decision', field: 'entry.2' })
    await expect(send(entries.slice(0, 2))).resolves.toHaveLength(2)
  })

  it('answers each entry with the version a read of the stay gives', async () => {
    const [written] = await send([appointment(children[5]!.recipientId, free[4]!)])
    const [row] = await world().db.query<{ seq: string }>("SELECT seq FROM records WHERE entity = 'stay' AND id = $1", [
      written!.stay.id,
    ])
    expect(written!.version).toBe(Number(row!.seq))
    expect(written!.created).toBe(true)
  })
})
