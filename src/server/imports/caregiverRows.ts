// caregivers.csv: the caregivers of each household, provisioned for ID-porten by their person number, which
// is kept only as the keyed hash the sign-in looks people up by (../oidc/pidHash.ts) and never written
// anywhere as it is: not in the database, the report or a log.
import { randomUUID } from 'node:crypto'
import { PhoneNumber, ShortText } from '../../protocol'
import { createUsers } from '../accounts/accountStore'
import { linkIdentity, userOfIdentity } from '../oidc/identities'
import { isPersonNumber, pidHash } from '../oidc/pidHash'
import type { Cells } from './csvCells'
import { sameJson, type ImportFileSpec } from './importFileSpec'
import { keepId, logChange, recordOf, type ImportRun } from './importRun'
import { householdOfRow } from './householdRows'
import { RowProblem } from './rowProblem'

interface Caregiver {
  householdId: string
  name: string
  phone: string | null
  address: string | null
}

function caregiverOf(cells: Cells, householdId: string): Caregiver {
  const name = ShortText.max(200).safeParse(cells.required('name'))
  if (!name.success) throw new RowProblem('invalid_value', 'name: too long', 'name')
  const phone = cells.optional('phone')
  if (phone !== null && !PhoneNumber.safeParse(phone).success)
    throw new RowProblem('invalid_value', 'phone: expected a phone number', 'phone')
  const address = cells.optional('address')
  if (address !== null && address.length > 300) throw new RowProblem('invalid_value', 'address: too long', 'address')
  return { householdId, name: name.data, phone, address }
}

async function stored(run: ImportRun, userId: string): Promise<(Caregiver & { subject: string | null }) | null> {
  const [row] = await run.writer.tx.query<{
    household_id: string
    name: string
    phone: string | null
    address: string | null
    subject: string | null
  }>(
    `SELECT u.household_id, u.name, u.phone, u.address, i.subject FROM users u
     LEFT JOIN user_identities i ON i.user_id = u.id AND i.provider = 'idporten'
     WHERE u.id = $1 AND u.municipality_id = $2 AND u.role = 'caregiver'`,
    [userId, run.staff.municipalityId],
  )
  if (!row) return null
  const { household_id: householdId, name, phone, address, subject } = row
  return { householdId, name, phone, address, subject }
}

async function importCaregiver(run: ImportRun, cells: Cells) {
  const externalId = cells.id('caregiver_id')
  const householdId = await householdOfRow(run, cells)
  const personNumber = cells.required('person_number').replace(/\s/g, '')
  // The detail never repeats the number: the report is shown and may be kept.
  if (!isPersonNumber(personNumber))
    throw new RowProblem('invalid_value', 'person_number: expected 11 digits', 'person_number')
  const subject = pidHash(run.pidKey, personNumber)
  const wanted = caregiverOf(cells, householdId)
  const recordId = await recordOf(run, 'caregivers', externalId)
  const before = recordId ? await stored(run, recordId) : null
  if (recordId && !before)
    throw new RowProblem('unknown_reference', 'caregiver_id: the caregiver is no longer here', 'caregiver_id')
  if (before && before.householdId !== householdId)
    throw new RowProblem(
      'owner_changes',
      'household_id: a caregiver does not move to another household',
      'household_id',
    )
  const holder = await userOfIdentity(run.writer.tx, 'idporten', subject, 'caregiver')
  if (holder && holder !== recordId)
    throw new RowProblem('person_number_taken', 'person_number: another caregiver signs in with it', 'person_number')
  if (before && before.subject === subject && sameJson({ ...before, subject: null }, { ...wanted, subject: null }))
    return 'unchanged' as const
  const userId = recordId ?? randomUUID()
  const { municipalityId } = run.staff
  if (before)
    await run.writer.tx.query('UPDATE users SET name = $2, phone = $3, address = $4 WHERE id = $1', [
      userId,
      wanted.name,
      wanted.phone,
      wanted.address,
    ])
  else {
    const user = { ...wanted, id: userId, username: `import-${userId}`, role: 'caregiver' as const }
    await createUsers(run.writer.tx, [{ ...user, municipalityId, passwordHash: null }])
    await keepId(run, 'caregivers', externalId, userId)
  }
  if (before?.subject !== subject) {
    await run.writer.tx.query(`DELETE FROM user_identities WHERE user_id = $1 AND provider = 'idporten'`, [userId])
    await linkIdentity(run.writer.tx, 'idporten', subject, userId)
  }
  await logChange(run, householdId, userId)
  return before ? ('updated' as const) : ('created' as const)
}

export const caregiverRows: ImportFileSpec = {
  columns: ['caregiver_id', 'household_id', 'name', 'person_number', 'phone', 'address'],
  required: ['caregiver_id', 'household_id', 'name', 'person_number'],
  idColumn: 'caregiver_id',
  fieldColumns: {},
  importRow: importCaregiver,
}
