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
  /**
   * A machine client (the municipality's record system on the FHIR face) rather than a person: its OAuth
   * client id, which the access log names; `userId` is then an id derived from it.
   */
  clientId?: string
}

export interface CaregiverPrincipal extends Principal {
  role: 'caregiver'
  householdId: string
}

export interface StaffPrincipal extends Principal {
  role: 'staff'
  householdId: null
}
