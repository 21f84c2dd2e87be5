// The messages a family receives when the municipality plans, changes or cancels a stay or answers a
// request: facts only, which the family's app (and a push with details) words in the family's language.
import { randomUUID } from 'node:crypto'
import type { ChangeRequest, Message, MessageFacts, MessageKind, Place, ReasonCode, Stay } from '../../protocol'

export interface MessageDraft {
  kind: MessageKind
  /** The staff's own title and words: only a notice they wrote has them. */
  title?: string
  body?: string
  stayId?: string | null
  changeRequestId?: string | null
  facts?: MessageFacts | null
}

export function newMessage(draft: MessageDraft, createdAt: string, id: string = randomUUID()): Message {
  return {
    id,
    kind: draft.kind,
    ...(draft.title === undefined ? {} : { title: draft.title }),
    ...(draft.body === undefined ? {} : { body: draft.body }),
    stayId: draft.stayId ?? null,
    changeRequestId: draft.changeRequestId ?? null,
    createdAt,
    readAt: null,
    facts: draft.facts ?? null,
  }
}

/**
 * The facts every message about a stay carries: which stay, whose, when and where as the family knew it,
 * and why (a reason the family's app words in their language) where staff gave one.
 */
function stayFacts(stay: Stay, place: Place, note: string | null | undefined, reason?: ReasonCode | null) {
  return {
    stayId: stay.id,
    recipientId: stay.recipientId,
    start: stay.start,
    end: stay.end,
    placeName: place.name,
    note: note?.trim() || null,
    ...(reason && { reason }),
  }
}

/** One stay, or a series planned at once: one message names them all, the first being the one it is about. */
export function stayPlannedNotice(stays: readonly Stay[], place: Place): MessageDraft {
  const [stay, ...more] = stays as [Stay, ...Stay[]]
  const series = more.length > 0 ? stays.map(({ id, start, end }) => ({ stayId: id, start, end })) : undefined
  return {
    kind: 'stayPlanned',
    stayId: stay.id,
    facts: { kind: 'stayPlanned', ...stayFacts(stay, place, null), reinstated: false, ...(series && { series }) },
  }
}

export function stayCancelledNotice(stay: Stay, place: Place, note?: string, reason?: ReasonCode): MessageDraft {
  return {
    kind: 'stayCancelled',
    stayId: stay.id,
    facts: { kind: 'stayCancelled', ...stayFacts(stay, place, note, reason) },
  }
}

export function stayReinstatedNotice(stay: Stay, place: Place, note?: string): MessageDraft {
  return {
    kind: 'stayPlanned',
    stayId: stay.id,
    facts: { kind: 'stayPlanned', ...stayFacts(stay, place, note), reinstated: true },
  }
}

/** What changed between two versions of a stay. */
export function stayChangedNotice(before: Stay, after: Stay, placeAfter: Place, note?: string): MessageDraft {
  return {
    kind: 'stayChanged',
    stayId: after.id,
    facts: {
      kind: 'stayChanged',
      ...stayFacts(before, placeAfter, note),
      newStart: after.start,
      newEnd: after.end,
      placeChanged: before.placeId !== after.placeId,
      transportChanged: before.transportTo !== after.transportTo || before.transportFrom !== after.transportFrom,
      detailsChanged: before.notes !== after.notes,
    },
  }
}

export function requestAnsweredNotice(
  request: ChangeRequest,
  stayBefore: Stay,
  place: Place,
  reason?: ReasonCode,
): MessageDraft {
  const changesTime = request.type === 'changeTime'
  return {
    kind: 'requestAnswered',
    stayId: stayBefore.id,
    changeRequestId: request.id,
    facts: {
      kind: 'requestAnswered',
      ...stayFacts(stayBefore, place, request.answerNote, reason),
      request: request.type,
      accepted: request.status === 'accepted',
      newStart: changesTime ? (request.proposedStart ?? stayBefore.start) : null,
      newEnd: changesTime ? (request.proposedEnd ?? stayBefore.end) : null,
    },
  }
}
