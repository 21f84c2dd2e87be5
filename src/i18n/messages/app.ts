// The app shell's texts (navigation, empty states, settings, updates) in Bokmål, Nynorsk and English.
import { stayKindNames } from '../../domain/stayKindNames'

const nb = {
  app: {
    name: 'Pusterom',
    skipToContent: 'Hopp til innholdet',
  },
  nav: {
    label: 'Hovedmeny',
    calendar: 'Kalender',
    packing: 'Pakking',
    messages: 'Beskjeder',
    more: 'Mer',
  },
  agenda: {
    title: 'Kommende opphold',
    emptyTitle: 'Ingen opphold ennå',
    emptyBody:
      'Her kommer avlastningsoppholdene dere har fått: hvor, fra når til når, transport og telefonnummeret til stedet. De hentes fra kommunen når du er på nett, og er tilgjengelige også uten nett.',
  },
  stay: {
    kind: stayKindNames.nb,
    unknownPlace: 'Sted ikke kjent',
  },
  more: {
    title: 'Mer',
    language: 'Språk',
    storageTitle: 'Lagring på telefonen',
    storage: {
      granted: 'Nettleseren har lovet å ta vare på dataene i appen.',
      refused:
        'Nettleseren har ikke lovet å ta vare på dataene. Installer appen på hjemskjermen for å gjøre lagringen sikrere.',
      unsupported: 'Nettleseren kan ikke love å ta vare på dataene.',
      unknown: 'Sjekker lagringen …',
    },
    decisionsBody: 'Hva dere har fått innvilget, og hvor mye som er brukt og planlagt i perioden.',
    decisionsLink: 'Se vedtakene',
    about: 'Om Pusterom',
    aboutBody:
      'Pusterom er familiens følgesvenn for avlastning fra kommunen: kalender, pakkelister og beskjeder, også uten nett.',
  },
  update: {
    available: 'En ny versjon av Pusterom er klar.',
    unsentWarning:
      'Du har én endring som ikke er sendt ennå. Den blir tatt vare på og sendt etter oppdateringen. | Du har {count} endringer som ikke er sendt ennå. De blir tatt vare på og sendt etter oppdateringen.',
    now: 'Oppdater nå',
    later: 'Senere',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  notFound: {
    title: 'Fant ikke siden',
    body: 'Siden du prøvde å åpne finnes ikke.',
    back: 'Til kalenderen',
  },
}

const nn: typeof nb = {
  app: {
    name: 'Pusterom',
    skipToContent: 'Hopp til innhaldet',
  },
  nav: {
    label: 'Hovudmeny',
    calendar: 'Kalender',
    packing: 'Pakking',
    messages: 'Beskjedar',
    more: 'Meir',
  },
  agenda: {
    title: 'Komande opphald',
    emptyTitle: 'Ingen opphald enno',
    emptyBody:
      'Her kjem avlastingsopphalda de har fått: kvar, frå når til når, transport og telefonnummeret til staden. Dei blir henta frå kommunen når du er på nett, og er tilgjengelege også utan nett.',
  },
  stay: {
    kind: stayKindNames.nn,
    unknownPlace: 'Staden er ikkje kjend',
  },
  more: {
    title: 'Meir',
    language: 'Språk',
    storageTitle: 'Lagring på telefonen',
    storage: {
      granted: 'Nettlesaren har lova å ta vare på dataa i appen.',
      refused:
        'Nettlesaren har ikkje lova å ta vare på dataa. Installer appen på heimeskjermen for å gjere lagringa tryggare.',
      unsupported: 'Nettlesaren kan ikkje love å ta vare på dataa.',
      unknown: 'Sjekkar lagringa …',
    },
    decisionsBody: 'Kva de har fått innvilga, og kor mykje som er brukt og planlagt i perioden.',
    decisionsLink: 'Sjå vedtaka',
    about: 'Om Pusterom',
    aboutBody:
      'Pusterom er familien sin følgjesvein for avlasting frå kommunen: kalender, pakkelister og beskjedar, også utan nett.',
  },
  update: {
    available: 'Ein ny versjon av Pusterom er klar.',
    unsentWarning:
      'Du har éi endring som ikkje er send enno. Ho blir teken vare på og send etter oppdateringa. | Du har {count} endringar som ikkje er sende enno. Dei blir tekne vare på og sende etter oppdateringa.',
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

const en: typeof nb = {
  app: {
    name: 'Pusterom',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main menu',
    calendar: 'Calendar',
    packing: 'Packing',
    messages: 'Messages',
    more: 'More',
  },
  agenda: {
    title: 'Upcoming stays',
    emptyTitle: 'No stays yet',
    emptyBody:
      'The respite stays you have been granted will appear here: where, from when to when, transport and the place’s phone number. They are fetched from the municipality when you are online, and are available offline too.',
  },
  stay: {
    kind: stayKindNames.en,
    unknownPlace: 'Place not known',
  },
  more: {
    title: 'More',
    language: 'Language',
    storageTitle: 'Storage on this phone',
    storage: {
      granted: 'The browser has promised to keep the app’s data.',
      refused:
        'The browser has not promised to keep the data. Install the app on your home screen to make storage safer.',
      unsupported: 'This browser cannot promise to keep the data.',
      unknown: 'Checking storage …',
    },
    decisionsBody: 'What you have been granted, and how much is used and planned this period.',
    decisionsLink: 'See the decisions',
    about: 'About Pusterom',
    aboutBody:
      'Pusterom is the family’s companion for municipal respite care: calendar, packing lists and messages, offline too.',
  },
  update: {
    available: 'A new version of Pusterom is ready.',
    unsentWarning:
      'You have one change that has not been sent yet. It is kept and sent after the update. | You have {count} changes that have not been sent yet. They are kept and sent after the update.',
    now: 'Update now',
    later: 'Later',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  notFound: {
    title: 'Page not found',
    body: 'The page you tried to open does not exist.',
    back: 'To the calendar',
  },
}

export const appMessages = { nb, nn, en }
