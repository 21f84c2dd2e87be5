// Small builders for what tests send: mutations as a phone makes them, stays as staff plan them.
import { randomUUID } from 'node:crypto'
import type {
  ChecklistItem,
  Medication,
  Mutation,
  MutationArgs,
  MutationResult,
  PlanningOverride,
  Stay,
} from '../../../src/protocol'
import { ConflictCode } from '../../../src/protocol'
import { aMutation } from '../../support/mutationBuilders'
import type { ApiClient } from './apiClient'

export { aMutation }

export function aCancellation(stayId: string, overrides: Partial<MutationArgs<'requestCancellation'>> = {}): Mutation {
  return aMutation('requestCancellation', {
    changeRequestId: randomUUID(),
    stayId,
    message: 'Vi er bortreist.',
    ...overrides,
  })
}

export function aTimeChange(
  stayId: string,
  start: string,
  end: string,
  overrides: Partial<MutationArgs<'requestTimeChange'>> = {},
): Mutation {
  return aMutation('requestTimeChange', {
    changeRequestId: randomUUID(),
    stayId,
    start,
    end,
    message: 'Kan vi komme senere?',
    ...overrides,
  })
}

export function aChecklistItem(recipientId: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: randomUUID(),
    recipientId,
    stayId: null,
    category: 'clothes',
    label: 'Regntøy',
    quantity: 1,
    position: 5000,
    addedAt: null,
    removedAt: null,
    ...overrides,
  }
}

export function aMedication(recipientId: string, overrides: Partial<Medication> = {}): Medication {
  return {
    id: randomUUID(),
    recipientId,
    name: 'Vitamin D',
    strength: '10 µg',
    dose: '1 tablett',
    times: ['08:00'],
    notes: '',
    ...overrides,
  }
}

export interface MutationsAnswer {
  results: MutationResult[]
}

export async function send(client: ApiClient, ...mutations: Mutation[]): Promise<MutationsAnswer['results']> {
  const response = await client.post<MutationsAnswer>('/mutations', { mutations })
  if (response.status !== 200) throw new Error(`mutations answered ${response.status}: ${response.text}`)
  return response.body.results
}

/** Every collision a plan can have, accepted: a test's own stay lands whatever the demo plan holds. */
export const ACCEPT_ALL: PlanningOverride = { reason: 'Planlagt i en test', accept: [...ConflictCode.options] }

/** Plans a new stay through the staff API, for a test that needs one of its own (collisions accepted). */
export async function planStay(
  staff: ApiClient,
  fields: { recipientId: string; placeId: string; start: string; end: string; kind?: Stay['kind'] },
): Promise<Stay> {
  const response = await staff.post<Stay>('/staff/stays', { override: ACCEPT_ALL, ...fields })
  if (response.status !== 201) throw new Error(`planning a stay answered ${response.status}: ${response.text}`)
  return response.body
}

/** A weekend stay `weeksAhead` weeks after the test clock's seed time: Friday 16:00 to Sunday 16:00 Norwegian time (winter). */
export function aWeekend(weeksAhead: number): { start: string; end: string } {
  const friday = Date.parse('2026-11-27T15:00:00.000Z') + weeksAhead * 7 * 86_400_000
  return { start: new Date(friday).toISOString(), end: new Date(friday + 2 * 86_400_000).toISOString() }
}

/** A child's "about me" card, the same on both sides. */
export { anAboutMeCard as anAboutMe } from '../../support/packingBuilders'
