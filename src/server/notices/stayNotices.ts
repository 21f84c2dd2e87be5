// The messages a family receives when the municipality plans, changes or cancels a stay or answers
// a request, in Bokmål with Norwegian times.
import { randomUUID } from 'node:crypto'
import type { ChangeRequest, Message, MessageKind, Place, Stay } from '../../protocol'
import { dayAndTime, timeSpan } from './norwegianTime'

export interface MessageDraft {
  kind: MessageKind
  title: string
  body: string
  stayId?: string | null
  changeRequestId?: string | null
}

export function newMessage(draft: MessageDraft, createdAt: string, id: string = randomUUID()): Message {
  return {
    id,
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    stayId: draft.stayId ?? null,
    changeRequestId: draft.changeRequestId ?? null,
    createdAt,
    readAt: null,
  }
}

/** The staff's own words, when they gave any, after the sentence that says what happened. */
function withNote(sentence: string, note: string | null | undefined): string {
  const trimmed = note?.trim()
  return trimmed ? `${sentence}\n\nBeskjed fra kommunen: ${trimmed}` : sentence
}

export function stayPlannedNotice(stay: Stay, place: Place): MessageDraft {
  return {
    kind: 'stayPlanned',
    title: 'Nytt opphold',
    body: `Kommunen har satt opp et opphold ${timeSpan(stay.start, stay.end)} hos ${place.name}.`,
    stayId: stay.id,
  }
}

export function stayCancelledNotice(stay: Stay, note?: string): MessageDraft {
  return {
    kind: 'stayCancelled',
    title: 'Opphold avlyst',
    body: withNote(`Oppholdet ${dayAndTime(stay.start)} er avlyst av kommunen.`, note),
    stayId: stay.id,
  }
}

export function stayReinstatedNotice(stay: Stay, place: Place, note?: string): MessageDraft {
  return {
    kind: 'stayPlanned',
    title: 'Opphold satt opp igjen',
    body: withNote(`Oppholdet ${timeSpan(stay.start, stay.end)} hos ${place.name} blir likevel av.`, note),
    stayId: stay.id,
  }
}

/** What changed between two versions of a stay, one sentence each. */
export function stayChangedNotice(before: Stay, after: Stay, placeAfter: Place, note?: string): MessageDraft {
  const changes: string[] = []
  if (before.start !== after.start || before.end !== after.end)
    changes.push(`Ny tid: ${timeSpan(after.start, after.end)}.`)
  if (before.placeId !== after.placeId) changes.push(`Nytt sted: ${placeAfter.name}.`)
  if (before.transportTo !== after.transportTo || before.transportFrom !== after.transportFrom)
    changes.push('Transporten er endret.')
  if (before.notes !== after.notes) changes.push('Opplysningene om oppholdet er oppdatert.')
  return {
    kind: 'stayChanged',
    title: 'Opphold endret',
    body: withNote([`Oppholdet ${dayAndTime(before.start)} er endret av kommunen.`, ...changes].join(' '), note),
    stayId: after.id,
  }
}

export function requestAnsweredNotice(request: ChangeRequest, stayBefore: Stay): MessageDraft {
  const accepted = request.status === 'accepted'
  const when = dayAndTime(stayBefore.start)
  let sentence: string
  if (request.type === 'cancel') {
    sentence = accepted
      ? `Kommunen har godtatt avbestillingen av oppholdet ${when}. Oppholdet er avlyst.`
      : `Kommunen har ikke godtatt avbestillingen av oppholdet ${when}. Oppholdet blir som avtalt.`
  } else {
    sentence = accepted
      ? `Kommunen har godtatt ny tid for oppholdet ${when}. Ny tid: ${timeSpan(request.proposedStart ?? stayBefore.start, request.proposedEnd ?? stayBefore.end)}.`
      : `Kommunen har ikke godtatt ny tid for oppholdet ${when}. Oppholdet blir som avtalt.`
  }
  return {
    kind: 'requestAnswered',
    title: request.type === 'cancel' ? 'Svar på avbestilling' : 'Svar på ønske om ny tid',
    body: withNote(sentence, request.answerNote),
    stayId: stayBefore.id,
    changeRequestId: request.id,
  }
}
