// Norsk nynorsk.
import type { Messages } from './nb'

export const nn: Messages = {
  app: {
    name: 'Pusterom',
    skipToContent: 'Hopp til innhaldet',
  },
  nav: {
    label: 'Hovudmeny',
    calendar: 'Kalender',
    packing: 'Pakking',
    messages: 'Meldingar',
    more: 'Meir',
  },
  agenda: {
    title: 'Komande opphald',
    emptyTitle: 'Ingen opphald enno',
    emptyBody:
      'Her kjem avlastingsopphalda de har fått: kvar, frå når til når, transport og telefonnummeret til staden. Dei blir henta frå kommunen når du er på nett, og er tilgjengelege også utan nett.',
    today: 'I dag',
    tomorrow: 'I morgon',
  },
  stay: {
    kind: {
      home: 'Avlasting i heimen',
      privateProvider: 'Privat avlastar',
      supportContact: 'Støttekontakt',
      bpa: 'BPA',
      municipalUnit: 'Avlastingsbustad',
      nursingHome: 'Sjukeheim',
      dayOffer: 'Dagtilbod',
    },
    status: {
      planned: 'Planlagt',
      changed: 'Endra',
      cancelledByFamily: 'Avlyst av dykk',
      cancelledByMunicipality: 'Avlyst av kommunen',
    },
    timeRange: '{from} – {to}',
    unknownPlace: 'Staden er ikkje kjend',
  },
  comingSoon: {
    packing:
      'Her kjem pakkelistene for kvart opphald: eigne medisinar, oppdatert medisinliste, medisinsk forbruksmateriell, toalettartiklar, klede og hjelpemiddel. Dei kan brukast utan nett.',
    messages: 'Her kjem meldingar frå kommunen: endringar, avlysingar og svar på det de har meldt inn.',
  },
  more: {
    title: 'Meir',
    language: 'Språk',
    storageTitle: 'Lagring på telefonen',
    storage: {
      granted: 'Nettlesaren har lova å ta vare på dataa i appen.',
      refused: 'Nettlesaren har ikkje lova å ta vare på dataa. Installer appen på heimeskjermen for å gjere lagringa tryggare.',
      unsupported: 'Nettlesaren kan ikkje love å ta vare på dataa.',
      unknown: 'Sjekkar lagringa …',
    },
    about: 'Om Pusterom',
    aboutBody: 'Pusterom er familien sin følgjesvein for avlasting frå kommunen: kalender, pakkelister og meldingar, også utan nett.',
  },
  update: {
    available: 'Ein ny versjon av Pusterom er klar.',
    unsentWarning: 'Du har éi endring som ikkje er send enno. Ho blir teken vare på og send etter oppdateringa. | Du har {count} endringar som ikkje er sende enno. Dei blir tekne vare på og sende etter oppdateringa.',
    now: 'Oppdater no',
    later: 'Seinare',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  notFound: {
    title: 'Fann ikkje sida',
    body: 'Sida du prøvde å opne finst ikkje.',
    back: 'Til kalenderen',
  },
}
