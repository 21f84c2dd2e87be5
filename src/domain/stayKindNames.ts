// What each form of respite is called, in the words the municipalities use: one list for the
// app's screens and the server's calendar feed.
import type { StayKind } from '../protocol/entities'

export const stayKindNames: Record<'nb' | 'nn' | 'en', Record<StayKind, string>> = {
  nb: {
    home: 'Avlastning i hjemmet',
    privateProvider: 'Privat avlaster',
    supportContact: 'Støttekontakt',
    bpa: 'BPA',
    municipalUnit: 'Avlastningsbolig',
    nursingHome: 'Sykehjem',
    dayOffer: 'Dagtilbud',
  },
  nn: {
    home: 'Avlasting i heimen',
    privateProvider: 'Privat avlastar',
    supportContact: 'Støttekontakt',
    bpa: 'BPA',
    municipalUnit: 'Avlastingsbustad',
    nursingHome: 'Sjukeheim',
    dayOffer: 'Dagtilbod',
  },
  en: {
    home: 'Respite at home',
    privateProvider: 'Private respite provider',
    supportContact: 'Support contact',
    bpa: 'Personal assistance (BPA)',
    municipalUnit: 'Respite unit',
    nursingHome: 'Nursing home',
    dayOffer: 'Day offer',
  },
}
