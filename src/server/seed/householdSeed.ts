// Writes whole households at once (accounts, the people who receive respite, decisions, stays,
// packing templates, messages): the demo seed and the benchmarks' many households both use it.
import type {
  ChangeRequest,
  ChecklistItem,
  Decision,
  EntityName,
  EntityOf,
  Medication,
  Message,
  Recipient,
  Stay,
  SummerApplication,
} from '../../protocol'
import { createUsers, type NewUser } from '../accounts/accountStore'
import type { NewRecord, RecordWriter } from '../storage/records'

export interface RecipientSeed {
  recipient: Recipient
  decisions: Decision[]
  stays: Stay[]
  template: ChecklistItem[]
  medications?: Medication[]
  changeRequests?: ChangeRequest[]
  summerApplications?: SummerApplication[]
}

export interface HouseholdSeed {
  id: string
  caregivers: Omit<NewUser, 'role' | 'municipalityId' | 'householdId'>[]
  recipients: RecipientSeed[]
  messages?: Message[]
}

type RecordsByEntity = { [N in EntityName]?: NewRecord<N>[] }

function collect(households: readonly HouseholdSeed[]): RecordsByEntity {
  const records: RecordsByEntity = {}
  const add = <N extends EntityName>(entity: N, householdId: string, items: readonly EntityOf<N>[] | undefined) => {
    const list = (records[entity] ??= []) as NewRecord<N>[]
    for (const data of items ?? []) list.push({ data, householdId })
  }
  for (const household of households) {
    for (const seed of household.recipients) {
      add('recipient', household.id, [seed.recipient])
      add('decision', household.id, seed.decisions)
      add('stay', household.id, seed.stays)
      add('checklistItem', household.id, seed.template)
      add('medication', household.id, seed.medications)
      add('changeRequest', household.id, seed.changeRequests)
      add('summerApplication', household.id, seed.summerApplications)
    }
    add('message', household.id, household.messages)
  }
  return records
}

/** Inserts households of the writer's municipality, with their caregivers' accounts and records. */
export async function insertHouseholds(
  writer: RecordWriter,
  households: readonly HouseholdSeed[],
  createdAt: string,
): Promise<void> {
  const { municipalityId } = writer
  const ROWS = 1000
  for (let start = 0; start < households.length; start += ROWS) {
    const chunk = households.slice(start, start + ROWS)
    const params = chunk.flatMap((household) => [household.id, municipalityId, createdAt])
    const values = chunk.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`)
    await writer.tx.query(
      `INSERT INTO households (id, municipality_id, created_at) VALUES ${values.join(', ')}`,
      params,
    )
  }
  const users: NewUser[] = households.flatMap((household) =>
    household.caregivers.map((caregiver) => ({
      ...caregiver,
      role: 'caregiver' as const,
      municipalityId,
      householdId: household.id,
    })),
  )
  for (let start = 0; start < users.length; start += ROWS)
    await createUsers(writer.tx, users.slice(start, start + ROWS))
  const records = collect(households)
  for (const entity of Object.keys(records) as EntityName[]) {
    await writer.putMany(entity, records[entity] ?? [])
  }
}
