// A push with "show details" worded from the message's facts in the reader's language, as the app words
// the same message in its inbox; the staff's own note is added as written, never translated.
import { formatDayRange } from '../../domain/dayRanges'
import { formatDayAndTime } from '../../domain/norwegianDates'
import type { MessageFacts } from '../../protocol'
import type { Locale } from '../../protocol/locale'

type Key =
  | 'stayPlanned'
  | 'stayReinstated'
  | 'stayCancelled'
  | 'stayChanged'
  | 'cancelAccepted'
  | 'cancelDeclined'
  | 'changeTimeAccepted'
  | 'changeTimeDeclined'

/** The stay's times and place, already formatted in the reader's language. */
interface Span {
  from: string
  to: string
  place: string
  newFrom: string
  newTo: string
}

interface DetailTexts {
  title: Record<Key, (days: string) => string>
  body: Record<Key, (span: Span) => string>
  changed: { newTime: (span: Span) => string; newPlace: (place: string) => string; transport: string; details: string }
  note: (note: string) => string
}

const nb: DetailTexts = {
  title: {
    stayPlanned: (days) => `Nytt opphold ${days}`,
    stayReinstated: (days) => `Oppholdet ${days} blir likevel av`,
    stayCancelled: (days) => `Oppholdet ${days} er avlyst`,
    stayChanged: (days) => `Oppholdet ${days} er endret`,
    cancelAccepted: (days) => `Avbestillingen av oppholdet ${days} er godtatt`,
    cancelDeclined: (days) => `Avbestillingen av oppholdet ${days} er ikke godtatt`,
    changeTimeAccepted: (days) => `Ny tid for oppholdet ${days} er godtatt`,
    changeTimeDeclined: (days) => `Ny tid for oppholdet ${days} er ikke godtatt`,
  },
  body: {
    stayPlanned: (s) => `Kommunen har satt opp et opphold ${s.from} – ${s.to} hos ${s.place}.`,
    stayReinstated: (s) => `Oppholdet ${s.from} – ${s.to} hos ${s.place} blir likevel av.`,
    stayCancelled: (s) => `Oppholdet ${s.from} – ${s.to} hos ${s.place} er avlyst av kommunen.`,
    stayChanged: (s) => `Oppholdet ${s.from} – ${s.to} er endret av kommunen.`,
    cancelAccepted: (s) => `Kommunen har godtatt avbestillingen av oppholdet ${s.from}. Oppholdet er avlyst.`,
    cancelDeclined: (s) =>
      `Kommunen har ikke godtatt avbestillingen av oppholdet ${s.from}. Oppholdet blir som avtalt.`,
    changeTimeAccepted: (s) =>
      `Kommunen har godtatt ny tid for oppholdet ${s.from}. Ny tid: ${s.newFrom} – ${s.newTo}.`,
    changeTimeDeclined: (s) => `Kommunen har ikke godtatt ny tid for oppholdet ${s.from}. Oppholdet blir som avtalt.`,
  },
  changed: {
    newTime: (s) => `Ny tid: ${s.newFrom} – ${s.newTo}.`,
    newPlace: (place) => `Nytt sted: ${place}.`,
    transport: 'Transporten er endret.',
    details: 'Opplysningene om oppholdet er oppdatert.',
  },
  note: (note) => `Beskjed fra kommunen: ${note}`,
}

const nn: DetailTexts = {
  title: {
    stayPlanned: (days) => `Nytt opphald ${days}`,
    stayReinstated: (days) => `Opphaldet ${days} blir likevel av`,
    stayCancelled: (days) => `Opphaldet ${days} er avlyst`,
    stayChanged: (days) => `Opphaldet ${days} er endra`,
    cancelAccepted: (days) => `Avbestillinga av opphaldet ${days} er godteken`,
    cancelDeclined: (days) => `Avbestillinga av opphaldet ${days} er ikkje godteken`,
    changeTimeAccepted: (days) => `Ny tid for opphaldet ${days} er godteken`,
    changeTimeDeclined: (days) => `Ny tid for opphaldet ${days} er ikkje godteken`,
  },
  body: {
    stayPlanned: (s) => `Kommunen har sett opp eit opphald ${s.from} – ${s.to} hos ${s.place}.`,
    stayReinstated: (s) => `Opphaldet ${s.from} – ${s.to} hos ${s.place} blir likevel av.`,
    stayCancelled: (s) => `Opphaldet ${s.from} – ${s.to} hos ${s.place} er avlyst av kommunen.`,
    stayChanged: (s) => `Opphaldet ${s.from} – ${s.to} er endra av kommunen.`,
    cancelAccepted: (s) => `Kommunen har godteke avbestillinga av opphaldet ${s.from}. Opphaldet er avlyst.`,
    cancelDeclined: (s) =>
      `Kommunen har ikkje godteke avbestillinga av opphaldet ${s.from}. Opphaldet blir som avtalt.`,
    changeTimeAccepted: (s) =>
      `Kommunen har godteke ny tid for opphaldet ${s.from}. Ny tid: ${s.newFrom} – ${s.newTo}.`,
    changeTimeDeclined: (s) => `Kommunen har ikkje godteke ny tid for opphaldet ${s.from}. Opphaldet blir som avtalt.`,
  },
  changed: {
    newTime: (s) => `Ny tid: ${s.newFrom} – ${s.newTo}.`,
    newPlace: (place) => `Ny stad: ${place}.`,
    transport: 'Transporten er endra.',
    details: 'Opplysningane om opphaldet er oppdaterte.',
  },
  note: (note) => `Beskjed frå kommunen: ${note}`,
}

const en: DetailTexts = {
  title: {
    stayPlanned: (days) => `New stay ${days}`,
    stayReinstated: (days) => `The stay ${days} will go ahead after all`,
    stayCancelled: (days) => `The stay ${days} is cancelled`,
    stayChanged: (days) => `The stay ${days} has changed`,
    cancelAccepted: (days) => `Your cancellation of the stay ${days} is accepted`,
    cancelDeclined: (days) => `Your cancellation of the stay ${days} is not accepted`,
    changeTimeAccepted: (days) => `The new time for the stay ${days} is accepted`,
    changeTimeDeclined: (days) => `The new time for the stay ${days} is not accepted`,
  },
  body: {
    stayPlanned: (s) => `The municipality has planned a stay ${s.from} – ${s.to} at ${s.place}.`,
    stayReinstated: (s) => `The stay ${s.from} – ${s.to} at ${s.place} will go ahead after all.`,
    stayCancelled: (s) => `The municipality has cancelled the stay ${s.from} – ${s.to} at ${s.place}.`,
    stayChanged: (s) => `The municipality has changed the stay ${s.from} – ${s.to}.`,
    cancelAccepted: (s) =>
      `The municipality has accepted your cancellation of the stay ${s.from}. The stay is cancelled.`,
    cancelDeclined: (s) =>
      `The municipality has not accepted your cancellation of the stay ${s.from}. The stay goes ahead as planned.`,
    changeTimeAccepted: (s) =>
      `The municipality has accepted the new time for the stay ${s.from}. New time: ${s.newFrom} – ${s.newTo}.`,
    changeTimeDeclined: (s) =>
      `The municipality has not accepted the new time for the stay ${s.from}. The stay goes ahead as planned.`,
  },
  changed: {
    newTime: (s) => `New time: ${s.newFrom} – ${s.newTo}.`,
    newPlace: (place) => `New place: ${place}.`,
    transport: 'The transport has changed.',
    details: 'The details of the stay are updated.',
  },
  note: (note) => `Message from the municipality: ${note}`,
}

const detailTexts: Record<Locale, DetailTexts> = { nb, nn, en }

function keyOf(facts: MessageFacts): Key {
  if (facts.kind === 'stayPlanned') return facts.reinstated ? 'stayReinstated' : 'stayPlanned'
  if (facts.kind === 'requestAnswered') return `${facts.request}${facts.accepted ? 'Accepted' : 'Declined'}`
  return facts.kind
}

/** The title and body a device that shows details gets for a message with facts, in `locale`. */
export function messageDetails(facts: MessageFacts, locale: Locale): { title: string; body: string } {
  const texts = detailTexts[locale]
  const at = (instant: string) => formatDayAndTime(instant, locale)
  const newStart = facts.kind === 'stayChanged' || facts.kind === 'requestAnswered' ? facts.newStart : null
  const newEnd = facts.kind === 'stayChanged' || facts.kind === 'requestAnswered' ? facts.newEnd : null
  const span: Span = {
    from: at(facts.start),
    to: at(facts.end),
    place: facts.placeName,
    newFrom: newStart ? at(newStart) : '',
    newTo: newEnd ? at(newEnd) : '',
  }
  const key = keyOf(facts)
  const sentences = [texts.body[key](span)]
  if (facts.kind === 'stayChanged') {
    if (facts.newStart !== facts.start || facts.newEnd !== facts.end) sentences.push(texts.changed.newTime(span))
    if (facts.placeChanged) sentences.push(texts.changed.newPlace(facts.placeName))
    if (facts.transportChanged) sentences.push(texts.changed.transport)
    if (facts.detailsChanged) sentences.push(texts.changed.details)
  }
  const body = sentences.join(' ')
  return {
    title: texts.title[key](formatDayRange(facts.start, facts.end, locale)),
    body: facts.note ? `${body}\n\n${texts.note(facts.note)}` : body,
  }
}
