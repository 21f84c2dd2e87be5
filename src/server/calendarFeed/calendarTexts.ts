// The words of the household's calendar feed in Bokmål, Nynorsk and English.
import type { StayKind } from '../../protocol/entities'
import type { Locale } from '../push/subscriptionStore'

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
    kind: {
      home: 'Avlastning i hjemmet',
      privateProvider: 'Privat avlaster',
      supportContact: 'Støttekontakt',
      bpa: 'BPA',
      municipalUnit: 'Avlastningsbolig',
      nursingHome: 'Sykehjem',
      dayOffer: 'Dagtilbud',
    },
    cancelled: 'Avlyst',
    deadline: (day, time) => `Endringsfrist: ${day} kl. ${time}.`,
    noDeadline: 'Kommunen har ingen fast endringsfrist. Ta kontakt med avlastningsstedet ved endringer.',
    phone: (phone) => `Telefon til stedet: ${phone}`,
    transportTo: (text) => `Transport dit: ${text}`,
    transportFrom: (text) => `Transport hjem: ${text}`,
  },
  nn: {
    calendarName: (municipality) => `Avlasting – ${municipality}`,
    kind: {
      home: 'Avlasting i heimen',
      privateProvider: 'Privat avlastar',
      supportContact: 'Støttekontakt',
      bpa: 'BPA',
      municipalUnit: 'Avlastingsbustad',
      nursingHome: 'Sjukeheim',
      dayOffer: 'Dagtilbod',
    },
    cancelled: 'Avlyst',
    deadline: (day, time) => `Endringsfrist: ${day} kl. ${time}.`,
    noDeadline: 'Kommunen har ingen fast endringsfrist. Ta kontakt med avlastingsstaden ved endringar.',
    phone: (phone) => `Telefon til staden: ${phone}`,
    transportTo: (text) => `Transport dit: ${text}`,
    transportFrom: (text) => `Transport heim: ${text}`,
  },
  en: {
    calendarName: (municipality) => `Respite care – ${municipality}`,
    kind: {
      home: 'Respite at home',
      privateProvider: 'Private respite provider',
      supportContact: 'Support contact',
      bpa: 'Personal assistance (BPA)',
      municipalUnit: 'Respite unit',
      nursingHome: 'Nursing home',
      dayOffer: 'Day offer',
    },
    cancelled: 'Cancelled',
    deadline: (day, time) => `Change deadline: ${day} at ${time}.`,
    noDeadline: 'The municipality has no fixed change deadline. Contact the respite place about changes.',
    phone: (phone) => `Phone of the place: ${phone}`,
    transportTo: (text) => `Transport there: ${text}`,
    transportFrom: (text) => `Transport home: ${text}`,
  },
}
