// Norsk bokmål: the app's default language and the source of the message keys.
export const nb = {
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
    today: 'I dag',
    tomorrow: 'I morgen',
  },
  stay: {
    kind: {
      home: 'Avlastning i hjemmet',
      privateProvider: 'Privat avlaster',
      supportContact: 'Støttekontakt',
      bpa: 'BPA',
      municipalUnit: 'Avlastningsbolig',
      nursingHome: 'Sykehjem',
      dayOffer: 'Dagtilbud',
    },
    status: {
      planned: 'Planlagt',
      changed: 'Endret',
      cancelledByFamily: 'Avlyst av dere',
      cancelledByMunicipality: 'Avlyst av kommunen',
    },
    timeRange: '{from} – {to}',
    unknownPlace: 'Sted ikke kjent',
  },
  comingSoon: {
    packing:
      'Her kommer pakkelistene for hvert opphold: egne medisiner, oppdatert medisinliste, medisinsk forbruksmateriell, toalettartikler, klær og hjelpemidler. De kan brukes uten nett.',
    messages: 'Her kommer beskjeder fra kommunen: endringer, avlysninger og svar på det dere har meldt inn.',
  },
  more: {
    title: 'Mer',
    language: 'Språk',
    storageTitle: 'Lagring på telefonen',
    storage: {
      granted: 'Nettleseren har lovet å ta vare på dataene i appen.',
      refused: 'Nettleseren har ikke lovet å ta vare på dataene. Installer appen på hjemskjermen for å gjøre lagringen sikrere.',
      unsupported: 'Nettleseren kan ikke love å ta vare på dataene.',
      unknown: 'Sjekker lagringen …',
    },
    about: 'Om Pusterom',
    aboutBody: 'Pusterom er familiens følgesvenn for avlastning fra kommunen: kalender, pakkelister og beskjeder, også uten nett.',
  },
  update: {
    available: 'En ny versjon av Pusterom er klar.',
    unsentWarning: 'Du har én endring som ikke er sendt ennå. Den blir tatt vare på og sendt etter oppdateringen. | Du har {count} endringer som ikke er sendt ennå. De blir tatt vare på og sendt etter oppdateringen.',
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

export type Messages = typeof nb
