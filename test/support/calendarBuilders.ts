// Builders for the calendar's test data beyond stays: requests, decisions, the municipality.
import type { ChangeRequest, Decision, Municipality, RespiteInformationTexts } from '../../src/protocol'
import { anId } from './builders'

export const lunnerRule = { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' }

export function aChangeRequest(overrides: Partial<ChangeRequest> & Pick<ChangeRequest, 'stayId'>): ChangeRequest {
  return {
    id: anId(),
    type: 'cancel',
    proposedStart: null,
    proposedEnd: null,
    message: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    receivedAt: '2026-11-20T10:00:01.000Z',
    deadline: '2026-11-26T14:00:00.000Z',
    onTime: true,
    status: 'pending',
    answerNote: null,
    answeredAt: null,
    ...overrides,
  }
}

export function aDecision(overrides: Partial<Decision> & Pick<Decision, 'recipientId'>): Decision {
  return {
    id: anId(),
    kinds: ['municipalUnit'],
    amount: 12,
    unit: 'days',
    period: 'month',
    validFrom: '2026-01-01',
    validTo: null,
    decidedAt: '2025-12-15T10:00:00.000Z',
    notes: '',
    ...overrides,
  }
}

export function aMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    id: anId(),
    name: 'Lunner kommune',
    changeDeadline: lunnerRule,
    summerRespite: null,
    contacts: [],
    applyUrl: null,
    postalAddress: null,
    ...overrides,
  }
}

/** The municipality's texts about respite in one language: what respite is, and the other topics as given. */
export function informationTexts(about: string, more: Partial<RespiteInformationTexts> = {}): RespiteInformationTexts {
  return { about, expect: '', bring: '', assessed: '', notGrounds: '', apply: '', cost: '', transport: '', ...more }
}
