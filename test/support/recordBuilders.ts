// Builders for the records the inbox and the summer page show: messages (with the facts of a stay they
// tell of) and summer applications. Say only what the test is about.
import type { Message, MessageFacts, SummerApplication } from '../../src/protocol'

export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: crypto.randomUUID(),
    kind: 'notice',
    title: 'Juleavslutning',
    body: 'Avlastningsboligen holder stengt 24. desember.',
    stayId: null,
    changeRequestId: null,
    createdAt: '2026-11-20T08:00:00.000Z',
    readAt: null,
    ...overrides,
  }
}

/** What every message about a stay says of it: Emma's weekend at Solsikken, with the staff's note. */
export const emmasWeekendFacts = {
  stayId: '00000000-0000-4000-8000-00000000e001',
  recipientId: '00000000-0000-4000-8000-00000000e002',
  start: '2026-11-27T15:00:00.000Z',
  end: '2026-11-29T15:00:00.000Z',
  placeName: 'Solsikken avlastningsbolig',
  note: 'Bussen går senere.',
}

/** The facts of a message saying staff moved Emma's weekend two hours later. */
export function aStayChange(overrides: Partial<Extract<MessageFacts, { kind: 'stayChanged' }>> = {}): MessageFacts {
  return {
    kind: 'stayChanged',
    ...emmasWeekendFacts,
    newStart: '2026-11-27T17:00:00.000Z',
    newEnd: '2026-11-29T15:00:00.000Z',
    placeChanged: false,
    transportChanged: true,
    detailsChanged: false,
    ...overrides,
  }
}

export function aSummerApplication(overrides: Partial<SummerApplication> = {}): SummerApplication {
  return {
    id: crypto.randomUUID(),
    recipientId: crypto.randomUUID(),
    year: 2027,
    periods: [
      { from: '2027-07-12', to: '2027-07-18', priority: 1 },
      { from: '2027-07-26', to: '2027-08-01', priority: 2 },
    ],
    message: 'Helst uke 28.',
    submittedAt: '2027-02-10T19:00:00.000Z',
    status: 'submitted',
    answerNote: null,
    ...overrides,
  }
}
