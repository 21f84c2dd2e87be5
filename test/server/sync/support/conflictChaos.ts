// The chaos test's share of sync rules 8 and 10: one phone deletes a medicine or packing item while
// the other edits it from an older version, parents choose a side of the conflicts that follow, and
// the municipality changes its rules mid-run. Kept apart so the run's other actions stay as they were.
import { perform } from '../../../../src/family/db/outbox'
import type { Mutation } from '../../../../src/protocol'
import { keepMyVersion, keepTheirVersion } from '../../../../src/family/sync/conflictChoice'
import { isEditConflict } from '../../../../src/family/sync/rejections'
import type { Random } from './seededRandom'
import type { StaffClient } from './staffClient'
import type { Device, EntityView } from './syncWorld'
import type { TestClock } from '../../../support/testClock'

type Made = Map<string, { mutation: Mutation; device: Device }>

export class ConflictChaos {
  /** Records one phone deleted while the other edited them, as `entity/id`. */
  readonly raced = new Set<string>()
  /** Records a parent chose to keep their own version of: brought back on purpose. */
  readonly keptMine = new Set<string>()
  /** The rule the municipality set last, if it changed any. */
  lastRule: unknown = undefined
  readonly staffStatuses: number[] = []

  constructor(
    private readonly devices: Device[],
    private readonly staff: StaffClient,
    private readonly time: TestClock,
    private readonly made: Made,
  ) {}

  async step(device: Device, random: Random): Promise<void> {
    const kind = random.int(3)
    if (kind === 0) await this.raceDeleteAndEdit(random)
    else if (kind === 1) await this.changeRules(random)
    else await this.choose(device, random)
  }

  /** Records the race raised that are live on the server though no parent chose to keep them. */
  undoneDeletes(onServer: EntityView): string[] {
    return [...this.raced].filter((key) => {
      const [entity, id] = key.split('/') as ['medication' | 'checklistItem', string]
      return onServer[entity][id] !== undefined && !this.keptMine.has(key)
    })
  }

  private async raceDeleteAndEdit(random: Random): Promise<void> {
    const [deleter, editor] = (random.chance(0.5) ? this.devices : [...this.devices].reverse()) as [Device, Device]
    const record = random.chance(0.5) ? await this.sharedMedication(deleter, editor, random) : null
    const item = record ? null : await this.sharedStayItem(deleter, editor, random)
    if (record) {
      this.note(await perform(deleter.db, 'deleteMedication', { id: record.id }, this.time), deleter)
      const medication = { ...record, notes: `Endret ${random.int(1000)}` }
      this.note(await perform(editor.db, 'upsertMedication', { medication }, this.time), editor)
      this.raced.add(`medication/${record.id}`)
    } else if (item) {
      this.note(await perform(deleter.db, 'deleteChecklistItem', { id: item.id }, this.time), deleter)
      const edited = { ...item, quantity: 1 + random.int(9) }
      this.note(await perform(editor.db, 'upsertChecklistItem', { item: edited }, this.time), editor)
      this.raced.add(`checklistItem/${item.id}`)
    }
  }

  private async sharedMedication(one: Device, other: Device, random: Random) {
    const candidates = []
    for (const medication of await one.db.medications.toArray())
      if (await other.db.medications.get(medication.id)) candidates.push(medication)
    return random.pick(candidates) ?? null
  }

  private async sharedStayItem(one: Device, other: Device, random: Random) {
    const candidates = []
    for (const item of await one.db.checklistItems.filter((candidate) => candidate.stayId !== null).toArray())
      if (await other.db.checklistItems.get(item.id)) candidates.push(item)
    return random.pick(candidates) ?? null
  }

  private async changeRules(random: Random): Promise<void> {
    const rule = random.chance(0.2)
      ? null
      : {
          daysBefore: random.int(4),
          time: `${String(8 + random.int(10)).padStart(2, '0')}:00`,
          timeZone: 'Europe/Oslo',
        }
    const response = await this.staff.request('PUT', '/staff/municipality', { changeDeadline: rule })
    this.staffStatuses.push(response.status)
    if (response.status === 200) this.lastRule = rule
  }

  /** A parent answers one of the conflicts on their phone: keep mine or keep theirs. */
  private async choose(device: Device, random: Random): Promise<void> {
    const open = (await device.db.rejections.toArray()).filter(
      (rejection) => !rejection.seen && isEditConflict(rejection),
    )
    const conflict = random.pick(open)
    if (!conflict || !isEditConflict(conflict)) return
    if (random.chance(0.5)) return keepTheirVersion(device.db, conflict.id)
    this.keptMine.add(`${conflict.current.entity}/${conflict.current.id}`)
    await keepMyVersion(device.db, conflict.id, this.time)
  }

  private note(mutation: Mutation, device: Device): void {
    this.made.set(mutation.id, { mutation, device })
  }
}
