// The words of the municipality's messages about a stay in nb, nn and en: {stay} is the stay's days (and whose
// stay it is, when the reader knows), {times} its span, {from} its start, as the family knew them.
import type { Locale } from '../../protocol/locale'

export type StayMessageKey =
  | 'stayPlanned'
  | 'stayReinstated'
  | 'stayCancelled'
  | 'stayChanged'
  | 'cancelAccepted'
  | 'cancelDeclined'
  | 'changeTimeAccepted'
  | 'changeTimeDeclined'

/** The stay as the message names it, formatted in the reader's language. */
export interface StayNamed {
  times: string
  from: string
  place: string
  /** The new times, where the message has them. */
  newTimes: string
}

export interface StayMessageTexts {
  whose: (days: string, child: string) => string
  title: Record<StayMessageKey, (stay: string) => string>
  body: Record<StayMessageKey, (stay: StayNamed) => string>
  changed: {
    newTime: (times: string) => string
    newPlace: (place: string) => string
    transport: string
    details: string
  }
  /** The heading over the staff's own words. */
  note: string
}

const nb: StayMessageTexts = {
  whose: (days, child) => `${days} for ${child}`,
  title: {
    stayPlanned: (stay) => `Nytt opphold ${stay}`,
    stayReinstated: (stay) => `Oppholdet ${stay} blir likevel av`,
    stayCancelled: (stay) => `Oppholdet ${stay} er avlyst`,
    stayChanged: (stay) => `Oppholdet ${stay} er endret`,
    cancelAccepted: (stay) => `Avbestillingen av oppholdet ${stay} er godtatt`,
    cancelDeclined: (stay) => `Avbestillingen av oppholdet ${stay} er ikke godtatt`,
    changeTimeAccepted: (stay) => `Ny tid for oppholdet ${stay} er godtatt`,
    changeTimeDeclined: (stay) => `Ny tid for oppholdet ${stay} er ikke godtatt`,
  },
  body: {
    stayPlanned: (s) => `Kommunen har satt opp et opphold ${s.times} hos ${s.place}.`,
    stayReinstated: (s) => `Oppholdet ${s.times} hos ${s.place} blir likevel av.`,
    stayCancelled: (s) => `Oppholdet ${s.times} hos ${s.place} er avlyst av kommunen.`,
    stayChanged: (s) => `Oppholdet ${s.times} er endret av kommunen.`,
    cancelAccepted: (s) => `Kommunen har godtatt avbestillingen av oppholdet ${s.from}. Oppholdet er avlyst.`,
    cancelDeclined: (s) =>
      `Kommunen har ikke godtatt avbestillingen av oppholdet ${s.from}. Oppholdet blir som avtalt.`,
    changeTimeAccepted: (s) => `Kommunen har godtatt ny tid for oppholdet ${s.from}. Ny tid: ${s.newTimes}.`,
    changeTimeDeclined: (s) => `Kommunen har ikke godtatt ny tid for oppholdet ${s.from}. Oppholdet blir som avtalt.`,
  },
  changed: {
    newTime: (times) => `Ny tid: ${times}.`,
    newPlace: (place) => `Nytt sted: ${place}.`,
    transport: 'Transporten er endret.',
    details: 'Opplysningene om oppholdet er oppdatert.',
  },
  note: 'Beskjed fra kommunen',
}

const nn: StayMessageTexts = {
  whose: (days, child) => `${days} for ${child}`,
  title: {
    stayPlanned: (stay) => `Nytt opphald ${stay}`,
    stayReinstated: (stay) => `Opphaldet ${stay} blir likevel av`,
    stayCancelled: (stay) => `Opphaldet ${stay} er avlyst`,
    stayChanged: (stay) => `Opphaldet ${stay} er endra`,
    cancelAccepted: (stay) => `Avbestillinga av opphaldet ${stay} er godteken`,
    cancelDeclined: (stay) => `Avbestillinga av opphaldet ${stay} er ikkje godteken`,
    changeTimeAccepted: (stay) => `Ny tid for opphaldet ${stay} er godteken`,
    changeTimeDeclined: (stay) => `Ny tid for opphaldet ${stay} er ikkje godteken`,
  },
  body: {
    stayPlanned: (s) => `Kommunen har sett opp eit opphald ${s.times} hos ${s.place}.`,
    stayReinstated: (s) => `Opphaldet ${s.times} hos ${s.place} blir likevel av.`,
    stayCancelled: (s) => `Opphaldet ${s.times} hos ${s.place} er avlyst av kommunen.`,
    stayChanged: (s) => `Opphaldet ${s.times} er endra av kommunen.`,
    cancelAccepted: (s) => `Kommunen har godteke avbestillinga av opphaldet ${s.from}. Opphaldet er avlyst.`,
    cancelDeclined: (s) =>
      `Kommunen har ikkje godteke avbestillinga av opphaldet ${s.from}. Opphaldet blir som avtalt.`,
    changeTimeAccepted: (s) => `Kommunen har godteke ny tid for opphaldet ${s.from}. Ny tid: ${s.newTimes}.`,
    changeTimeDeclined: (s) => `Kommunen har ikkje godteke ny tid for opphaldet ${s.from}. Opphaldet blir som avtalt.`,
  },
  changed: {
    newTime: (times) => `Ny tid: ${times}.`,
    newPlace: (place) => `Ny stad: ${place}.`,
    transport: 'Transporten er endra.',
    details: 'Opplysningane om opphaldet er oppdaterte.',
  },
  note: 'Beskjed frå kommunen',
}

const en: StayMessageTexts = {
  whose: (days, child) => `${days} for ${child}`,
  title: {
    stayPlanned: (stay) => `New stay ${stay}`,
    stayReinstated: (stay) => `The stay ${stay} will go ahead after all`,
    stayCancelled: (stay) => `The stay ${stay} is cancelled`,
    stayChanged: (stay) => `The stay ${stay} has changed`,
    cancelAccepted: (stay) => `Your cancellation of the stay ${stay} is accepted`,
    cancelDeclined: (stay) => `Your cancellation of the stay ${stay} is not accepted`,
    changeTimeAccepted: (stay) => `The new time for the stay ${stay} is accepted`,
    changeTimeDeclined: (stay) => `The new time for the stay ${stay} is not accepted`,
  },
  body: {
    stayPlanned: (s) => `The municipality has planned a stay ${s.times} at ${s.place}.`,
    stayReinstated: (s) => `The stay ${s.times} at ${s.place} will go ahead after all.`,
    stayCancelled: (s) => `The municipality has cancelled the stay ${s.times} at ${s.place}.`,
    stayChanged: (s) => `The municipality has changed the stay ${s.times}.`,
    cancelAccepted: (s) =>
      `The municipality has accepted your cancellation of the stay ${s.from}. The stay is cancelled.`,
    cancelDeclined: (s) =>
      `The municipality has not accepted your cancellation of the stay ${s.from}. The stay goes ahead as planned.`,
    changeTimeAccepted: (s) =>
      `The municipality has accepted the new time for the stay ${s.from}. New time: ${s.newTimes}.`,
    changeTimeDeclined: (s) =>
      `The municipality has not accepted the new time for the stay ${s.from}. The stay goes ahead as planned.`,
  },
  changed: {
    newTime: (times) => `New time: ${times}.`,
    newPlace: (place) => `New place: ${place}.`,
    transport: 'The transport has changed.',
    details: 'The details of the stay are updated.',
  },
  note: 'Message from the municipality',
}

export const stayMessageTexts: Record<Locale, StayMessageTexts> = { nb, nn, en }
