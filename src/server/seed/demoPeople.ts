// The demo people as the local stand-in providers know them: families by an invented person number
// (synthetic: month + 80, as Skatteetaten's test numbers, so none is a real person's), staff by the
// staff provider's subject. The seed links the provisioned ones to their demo accounts, the person
// number only as a keyed hash; one person of each kind has no access, to show that refusal.
import { linkIdentity } from '../oidc/identities'
import { pidHash } from '../oidc/pidHash'
import type { Queryable } from '../storage/database'
import { demoUserId, type DemoUsername } from './demoAccounts'

export interface DemoPerson {
  pid: string
  name: string
  /** The caregiver account the municipality provisioned for this person; null: none. */
  username: DemoUsername | null
}

export const DEMO_FAMILY_PEOPLE: readonly DemoPerson[] = [
  { pid: '12838610089', name: 'Hanne Berg', username: 'lunner-forelder-1' },
  { pid: '04838810018', name: 'Eirik Berg', username: 'lunner-forelder-2' },
  { pid: '23089110017', name: 'Sara Haddad', username: 'lunner-forelder-3' },
  { pid: '17117910091', name: 'Liv Strand', username: 'gjovik-forelder-1' },
  { pid: '09058310023', name: 'Jonas Lie', username: null },
]

export interface DemoStaffPerson {
  sub: string
  name: string
  email: string
  roles: readonly string[]
  username: DemoUsername | null
}

export const DEMO_STAFF_ROLE = 'pusterom-staff'

export const DEMO_STAFF_PEOPLE: readonly DemoStaffPerson[] = [
  {
    sub: 'demo-staff-tone-lunde',
    name: 'Tone Lunde',
    email: 'tone.lunde@lunner-demo.example',
    roles: [DEMO_STAFF_ROLE],
    username: 'lunner-ansatt',
  },
  {
    sub: 'demo-staff-per-moen',
    name: 'Per Moen',
    email: 'per.moen@gjovik-demo.example',
    roles: [DEMO_STAFF_ROLE],
    username: 'gjovik-ansatt',
  },
  { sub: 'demo-staff-kari-vik', name: 'Kari Vik', email: 'kari.vik@lunner-demo.example', roles: [], username: null },
]

/** Links the demo people with an account to it: caregivers by pid hash, staff by subject. */
export async function seedDemoIdentities(db: Queryable, pidKey: Buffer): Promise<void> {
  for (const person of DEMO_FAMILY_PEOPLE) {
    if (person.username) await linkIdentity(db, 'idporten', pidHash(pidKey, person.pid), demoUserId(person.username))
  }
  for (const person of DEMO_STAFF_PEOPLE) {
    if (person.username) await linkIdentity(db, 'staff', person.sub, demoUserId(person.username))
  }
}
