// Municipalities, households and users: who exists and where each belongs.
import type { Municipality, Role, StaffRole, User } from '../../protocol'
import { Municipality as MunicipalitySchema } from '../../protocol'
import type { Queryable } from '../storage/database'
import { publishMunicipality } from './municipalityStore'

export async function createMunicipality(db: Queryable, municipality: Municipality): Promise<void> {
  const valid = MunicipalitySchema.parse(municipality)
  await db.query('INSERT INTO municipalities (id, data) VALUES ($1, $2::jsonb)', [valid.id, JSON.stringify(valid)])
  await publishMunicipality(db, valid)
}

export async function createHousehold(
  db: Queryable,
  household: { id: string; municipalityId: string; createdAt: string },
): Promise<void> {
  await db.query('INSERT INTO households (id, municipality_id, created_at) VALUES ($1, $2, $3)', [
    household.id,
    household.municipalityId,
    household.createdAt,
  ])
}

export interface NewUser {
  id: string
  username: string
  name: string
  role: Role
  municipalityId: string
  householdId: string | null
  /** Null: the user can only sign in through ID-porten. */
  passwordHash: string | null
  /** Staff only: what they may do (left out: a caseworker, who may do everything). */
  staffRole?: StaffRole
  /** Caregivers: how the office reaches them, as the municipality's record has it. */
  phone?: string | null
  address?: string | null
}

export async function createUsers(db: Queryable, users: readonly NewUser[]): Promise<void> {
  if (users.length === 0) return
  const params: unknown[] = []
  const values = users.map((user) => {
    params.push(
      user.id,
      user.username.trim().toLowerCase(),
      user.name,
      user.role,
      user.municipalityId,
      user.householdId,
      user.passwordHash,
      user.role === 'staff' ? (user.staffRole ?? 'caseworker') : null,
      user.phone ?? null,
      user.address ?? null,
    )
    const p = params.length
    return `(${Array.from({ length: 10 }, (_, i) => `$${p - 9 + i}`).join(', ')})`
  })
  await db.query(
    `INSERT INTO users (id, username, name, role, municipality_id, household_id, password_hash, staff_role, phone, address) VALUES ${values.join(', ')}`,
    params,
  )
}

export interface UserRow {
  id: string
  name: string
  role: Role
  municipality_id: string
  household_id: string | null
  password_hash: string | null
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>(
    'SELECT id, name, role, municipality_id, household_id, password_hash FROM users WHERE username = $1',
    [username.trim().toLowerCase()],
  )
  return row ?? null
}

export async function householdInMunicipality(
  db: Queryable,
  householdId: string,
  municipalityId: string,
): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM households WHERE id = $1 AND municipality_id = $2', [
    householdId,
    municipalityId,
  ])
  return rows.length > 0
}

export async function householdsOfMunicipality(db: Queryable, municipalityId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM households WHERE municipality_id = $1 ORDER BY id', [
    municipalityId,
  ])
  return rows.map((row) => row.id)
}

/** A user in the shape the API answers a sign-in with, or null. */
export async function findUserById(db: Queryable, userId: string): Promise<User | null> {
  const [row] = await db.query<Omit<UserRow, 'password_hash'> & { staff_role: StaffRole | null }>(
    'SELECT id, name, role, municipality_id, household_id, staff_role FROM users WHERE id = $1',
    [userId],
  )
  return row
    ? {
        id: row.id,
        name: row.name,
        role: row.role,
        householdId: row.household_id,
        municipalityId: row.municipality_id,
        ...(row.role === 'staff' ? { staffRole: row.staff_role ?? 'caseworker' } : {}),
      }
    : null
}
