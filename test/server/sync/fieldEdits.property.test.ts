// Property test of sync rule 8 by field against the real server and two phones' real sync engines: random
// interleavings of two parents' edits of a medicine, a stay's packing item and the "about me" card (some
// from a form opened long before), deletes, offline periods and answers to conflicts. However they
// interleave, no field a parent changed is lost unless a parent chose so (fieldEditLedger), the parent
// whose value the other kept their own over is told, and both phones end as the server. Reproduce a
// failure with FIELD_EDITS_SEED=<seed> (and FIELD_EDITS_RUNS).
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { perform } from '../../../src/family/db/outbox'
import { keepMyVersion, keepTheirVersion } from '../../../src/family/sync/conflictChoice'
import { isEditConflict } from '../../../src/family/sync/rejections'
import { readSession } from '../../../src/family/sync/sessionOnDevice'
import type { AboutMe, ChecklistItem, Medication } from '../../../src/protocol'
import type { ApiClient, CallInput } from '../../../src/protocol/apiClient'
import type { RouteDescriptor } from '../../../src/protocol/routes/route'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'
import { anAboutMeCard } from '../../support/packingBuilders'
import { testClock } from '../../support/testClock'
import { aChecklistItem, aMedication } from '../../unit/sync/builders'
import { lostEdits, type Settled } from './support/fieldEditLedger'
import { aComingStay } from './support/householdData'
import { deviceView, serverView, syncServerForThisFile, type Device } from './support/syncWorld'

const SEED = Number(process.env.FIELD_EDITS_SEED ?? 20_261_124)
const RUNS = Number(process.env.FIELD_EDITS_RUNS ?? 20)
const PARENTS = ['lunner-forelder-1', 'lunner-forelder-2']
const FIELDS = {
  medication: ['times', 'notes', 'dose', 'strength', 'name'],
  checklistItem: ['label', 'quantity'],
  aboutMe: ['routines', 'communication', 'calming', 'upsetting', 'food', 'sleep'],
} as const
type Entity = keyof typeof FIELDS
type Action =
  | { kind: 'edit'; parent: number; entity: Entity; field: number; fromOpenForm: boolean }
  | { kind: 'delete'; parent: number; entity: 'medication' | 'checklistItem' }
  | { kind: 'toggleOnline' | 'sync'; parent: number }
  | { kind: 'choose'; parent: number; keepMine: boolean }

const parent = fc.integer({ min: 0, max: 1 })
const anAction: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      parent,
      entity: fc.constantFrom<Entity>('medication', 'checklistItem', 'aboutMe'),
      // Half the edits change the first field, so both parents often change the same one.
      field: fc.oneof(fc.constant(0), fc.nat(5)),
      fromOpenForm: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      parent,
      entity: fc.constantFrom('medication' as const, 'checklistItem' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggleOnline' as const), parent }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), parent }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('choose' as const), parent, keepMine: fc.boolean() }) },
)

const time = testClock()
const world = syncServerForThisFile(time)

type Row = Medication | ChecklistItem | AboutMe
interface Run {
  devices: Device[]
  ids: Record<Entity, string>
  /** What each parent's open form began from, per record: a form opened at the start or at their last edit. */
  forms: Map<string, Row>[]
  log: Settled[]
  values: number
}

function tableOf(device: Device, entity: Entity) {
  return entity === 'medication'
    ? device.db.medications
    : entity === 'checklistItem'
      ? device.db.checklistItems
      : device.db.aboutMe
}

/** A value no one has written before in this run, for the field. */
function freshValue(run: Run, field: string): unknown {
  const n = ++run.values
  if (field === 'times') return [`${String(n % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`]
  if (field === 'quantity') return 100 + n
  return `v${n}`
}

async function edit(run: Run, action: Extract<Action, { kind: 'edit' }>): Promise<void> {
  const device = run.devices[action.parent]!
  const id = run.ids[action.entity]
  const shown = await tableOf(device, action.entity).get(id)
  const base = action.fromOpenForm ? (run.forms[action.parent]!.get(id) ?? shown) : shown
  if (!base) return
  const fields = FIELDS[action.entity]
  const field = fields[action.field % fields.length]!
  const mine = { ...base, [field]: freshValue(run, field) }
  run.forms[action.parent]!.set(id, mine)
  if (action.entity === 'medication')
    await perform(device.db, 'upsertMedication', { medication: mine as Medication, base: base as Medication }, time)
  else if (action.entity === 'checklistItem')
    await perform(device.db, 'upsertChecklistItem', { item: mine as ChecklistItem, base: base as ChecklistItem }, time)
  else await perform(device.db, 'upsertAboutMe', { aboutMe: mine as AboutMe, base: base as AboutMe }, time)
}

async function act(run: Run, action: Action): Promise<void> {
  const device = run.devices[action.parent]!
  if (action.kind === 'edit') await edit(run, action)
  else if (action.kind === 'delete') {
    const id = run.ids[action.entity]
    if (!(await tableOf(device, action.entity).get(id))) return
    await perform(device.db, action.entity === 'medication' ? 'deleteMedication' : 'deleteChecklistItem', { id }, time)
  } else if (action.kind === 'toggleOnline') device.online = !device.online
  else if (action.kind === 'sync') await device.engine.syncNow()
  else if (action.kind === 'choose') {
    const open = (await device.db.rejections.toArray()).find(
      (rejection) => !rejection.seen && isEditConflict(rejection),
    )
    if (open) await (action.keepMine ? keepMyVersion(device.db, open.id, time) : keepTheirVersion(device.db, open.id))
  }
}

/** Both phones online, past conflicts answered, and a fresh medicine and packing item on both. */
async function aRun(devices: Device[], log: Settled[]): Promise<Run> {
  const [first] = devices as [Device]
  for (const device of devices) {
    device.online = true
    await device.db.rejections.clear()
  }
  const recipientId = (await first.db.recipients.toArray())[0]!.id
  const stay = await aComingStay(first.db, time.now())
  const medication = aMedication({ recipientId, name: 'Melatonin', times: ['19:30'] })
  const item = aChecklistItem({ recipientId: stay.recipientId, stayId: stay.id, category: 'other', label: 'Gave' })
  await perform(first.db, 'upsertMedication', { medication }, time)
  await perform(first.db, 'upsertChecklistItem', { item }, time)
  if (!(await first.db.aboutMe.get(recipientId)))
    await perform(first.db, 'upsertAboutMe', { aboutMe: anAboutMeCard(recipientId) }, time)
  for (const device of [...devices, ...devices]) await device.engine.syncNow()
  log.length = 0
  const forms = await Promise.all(
    devices.map(async (device) => {
      const opened = new Map<string, Row>()
      for (const row of [
        await device.db.medications.get(medication.id),
        await device.db.checklistItems.get(item.id),
        await device.db.aboutMe.get(recipientId),
      ])
        if (row) opened.set(row.id, row)
      return opened
    }),
  )
  return {
    devices,
    ids: { medication: medication.id, checklistItem: item.id, aboutMe: recipientId },
    forms,
    log,
    values: 0,
  }
}

it(`loses no field a parent changed unless a parent chose so, however two parents' edits interleave (seed ${SEED})`, async () => {
  const log: Settled[] = []
  const devices = await Promise.all(PARENTS.map((username) => world.aSignedInDevice(username)))
  const userIds = new Map<string, string>()
  for (const [index, device] of devices.entries()) {
    const call = device.api.call.bind(device.api)
    // The server's answers in the order it gave them: the ledger needs who saw what first.
    device.api.call = (async (route: RouteDescriptor, input?: CallInput<RouteDescriptor>) => {
      const answer: unknown = await call(route, input as never)
      if (route === syncRoutes.pushMutations) {
        const { mutations } = (input as unknown as { body: { mutations: Settled['mutation'][] } }).body
        ;(answer as { results: Settled['result'][] }).results.forEach((result, at) =>
          log.push({ mutation: mutations[at]!, result, author: PARENTS[index]! }),
        )
      }
      return answer
    }) as ApiClient['call']
    userIds.set(PARENTS[index]!, (await readSession(device.db))!.user.id)
    device.engine.start()
    await device.engine.syncNow()
  }
  const seen = { fieldEdits: 0, chosenOver: 0 }

  await fc.assert(
    fc.asyncProperty(
      fc.array(anAction, { minLength: 10, maxLength: 40 }),
      fc.array(fc.boolean()),
      async (actions, lastChoices) => {
        const run = await aRun(devices, log)
        for (const action of actions) await act(run, action)
        for (const device of devices) device.online = true
        for (const device of [...devices, ...devices]) expect((await device.engine.syncNow()).phase).toBe('upToDate')
        // Back online, each parent answers what is still asked of them, and the answers reach the other phone.
        for (const [index, keepMine] of lastChoices.entries())
          await act(run, { kind: 'choose', parent: index % 2, keepMine })
        for (const device of [...devices, ...devices]) expect((await device.engine.syncNow()).phase).toBe('upToDate')

        const onServer = await serverView(world.server, PARENTS[0]!)
        const account = lostEdits(run.log, onServer, userIds)
        expect(account.lost).toEqual([])
        expect(account.untold).toEqual([])
        seen.fieldEdits += account.fieldEdits
        seen.chosenOver += account.chosenOver

        for (const device of devices) {
          const onPhone = await deviceView(device.db)
          for (const entity of ['medication', 'checklistItem', 'aboutMe', 'replacedEdit'] as const)
            expect(onPhone[entity]).toEqual(onServer[entity])
        }
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  )
  // The runs did what they are for: many field edits, and values replaced by a parent's choice.
  expect(seen.fieldEdits).toBeGreaterThan(RUNS * 3)
  expect(seen.chosenOver).toBeGreaterThan(0)
  for (const device of devices) await device.engine.stop()
}, 600_000)
