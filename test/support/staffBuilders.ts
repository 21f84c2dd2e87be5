// Builders for what the staff console reads: requests with their stay and child, households, pages.
import type {
  ClosedHousehold,
  StaffChangeRequest,
  StaffHouseholdDetail,
  StaffSummerApplication,
  Stay,
} from '../../src/protocol'
import { anId, aStay } from './builders'
import { aChangeRequest } from './calendarBuilders'

export function aPageOf<T>(items: T[], nextCursor: string | null = null) {
  return { items, nextCursor }
}

export function aStaffChangeRequest(
  overrides: Partial<StaffChangeRequest> & { child?: string; stay?: Partial<Stay> } = {},
): StaffChangeRequest {
  const { child = 'Ida', stay: stayOverrides, ...rest } = overrides
  const recipientId = anId()
  const stay = aStay({ recipientId, placeId: anId(), ...stayOverrides })
  return {
    ...aChangeRequest({ stayId: stay.id }),
    householdId: anId(),
    stay,
    recipient: { id: recipientId, name: child },
    claimedBy: null,
    answeredBy: null,
    householdName: 'Hanne Berg, Eirik Berg',
    ...rest,
  }
}

/** A caregiver as the office sees them; no phone or address unless given. */
export function aCaregiver(name: string, overrides: Partial<StaffHouseholdDetail['caregivers'][number]> = {}) {
  return { id: anId(), name, phone: null, address: null, ...overrides }
}

export function aStaffHousehold(overrides: Partial<StaffHouseholdDetail> = {}): StaffHouseholdDetail {
  return {
    id: anId(),
    createdAt: '2026-01-01T10:00:00.000Z',
    caregivers: [aCaregiver('Hanne Berg')],
    recipients: [],
    ...overrides,
  }
}

export function aStaffSummerApplication(
  overrides: Partial<StaffSummerApplication> & { child?: string } = {},
): StaffSummerApplication {
  const { child = 'Noah', ...rest } = overrides
  const recipientId = anId()
  return {
    id: anId(),
    recipientId,
    year: 2027,
    periods: [{ from: '2027-07-12', to: '2027-07-16' }],
    message: 'Helst uke 28.',
    submittedAt: '2027-02-01T10:00:00.000Z',
    status: 'submitted',
    answerNote: null,
    householdId: anId(),
    recipient: { id: recipientId, name: child },
    ...rest,
  }
}

/** A household whose service ended at midnight after 30 September 2026, its data due to go a year later. */
export function aClosedHousehold(overrides: Partial<ClosedHousehold> = {}): ClosedHousehold {
  return {
    householdId: anId(),
    householdName: 'Siri Lukk',
    childNames: ['Tuva'],
    lastDecisionDay: '2026-09-30',
    lastStayEnd: '2026-09-20T14:00:00.000Z',
    closedAt: '2026-09-30T22:00:00.000Z',
    deletesAt: '2027-09-30T22:00:00.000Z',
    ...overrides,
  }
}
