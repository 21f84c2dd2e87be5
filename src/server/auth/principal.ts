// Who is asking: what the one authentication middleware yields for every signed-in request.
import type { Role, StaffRole } from '../../protocol'

export interface Principal {
  userId: string
  role: Role
  /** The caregiver's household; null for staff. */
  householdId: string | null
  municipalityId: string
  /** Staff only: what they may do; left out where the caller has not loaded it (then a caseworker). */
  staffRole?: StaffRole | null
}

export interface CaregiverPrincipal extends Principal {
  role: 'caregiver'
  householdId: string
}

export interface StaffPrincipal extends Principal {
  role: 'staff'
  householdId: null
}
