// The words of the household's calendar feed in Bokmål, Nynorsk and English.
import { stayKindNames } from '../../domain/stayKindNames'
import type { StayKind } from '../../protocol/entities'
import type { Locale } from '../../protocol/locale'

interface FeedTexts {
  calendarName: (municipality: string) => string
  kind: Record<StayKind, string>
  cancelled: string
  deadline: (day: string, time: string) => string
  noDeadline: string
  phone: (phone: string) => string
  transportTo: (text: string) => string
  transportFrom: (text: string) => string
}

export const calendarTexts: Record<Locale, FeedTexts> = {
  nb: {
    calendarName: (municipality) => `Avlastning – ${municipality}`,
    kind: stayKindNames.nb,
    cancelled: 'Avlyst',
    deadline: (day, time) => `Endringsfrist: ${day} kl. ${time}.`,
    noDeadline: 'Kommunen har ingen fast endringsfrist. Ta kontakt med avlastningsstedet ved endringer.',
    phone: (phone) => `Telefon til stedet: ${phone}`,
    transportTo: (text) => `Transport dit: ${text}`,
    transportFrom: (text) => `Transport hjem: ${text}`,
  },
  nn: {
    calendarName: (municipality) => `Avlasting – ${municipality}`,
    kind: stayKindNames.nn,
    cancelled: 'Avlyst',
    deadline: (day, time) => `Endringsfrist: ${day} kl. ${time}.`,
    noDeadline: 'Kommunen har ingen fast endringsfrist. Ta kontakt med avlastingsstaden ved endringar.',
    phone: (phone) => `Telefon til staden: ${phone}`,
    transportTo: (text) => `Transport dit: ${text}`,
    transportFrom: (text) => `Transport heim: ${text}`,
  },
  en: {
    calendarName: (municipality) => `Respite care – ${municipality}`,
    kind: stayKindNames.en,
    cancelled: 'Cancelled',
    deadline: (day, time) => `Change deadline: ${day} at ${time}.`,
    noDeadline: 'The municipality has no fixed change deadline. Contact the respite place about changes.',
    phone: (phone) => `Phone of the place: ${phone}`,
    transportTo: (text) => `Transport there: ${text}`,
    transportFrom: (text) => `Transport home: ${text}`,
  },
}
