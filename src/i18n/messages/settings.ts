// The settings on "Mer" (storage, the family's copy of its data, version and updates) and the
// offer of deadline notifications on a stay, in Bokmål, Nynorsk and English.

const nb = {
  settings: {
    storage: {
      used: 'Appen bruker {used} av {quota} som nettleseren gir den.',
      unknownUse: 'Nettleseren forteller ikke hvor mye plass appen bruker.',
    },
    dataCopy: {
      title: 'Familiens kopi av dataene',
      body: 'Se alt appen har lagret om familien på denne telefonen, på norsk og klart til å skrive ut. Innloggingen er ikke med.',
      readable: 'Se og skriv ut dataene',
      machineBody: 'For et annet program: den samme kopien som én fil i et beskrevet format (JSON).',
      download: 'Last ned dataene (JSON)',
      failed: 'Fikk ikke laget filen. Prøv igjen.',
      printHint: 'Medisinlisten og «Om meg»-kortet skriver du ut fra medisinlisten til hvert barn.',
    },
    /** The readable copy: what a parent reads and prints. */
    copy: {
      title: 'Familiens data i Pusterom',
      madeAt: 'Hentet fra denne telefonen {date}.',
      print: 'Skriv ut',
      back: 'Til Mer',
      empty: 'Det er ingen data om familien på denne telefonen ennå.',
      stays: 'Opphold',
      noStays: 'Ingen opphold.',
      place: 'Sted: {place}',
      medicines: 'Medisiner',
      noMedicines: 'Ingen medisiner.',
      messages: 'Meldinger fra kommunen',
      noMessages: 'Ingen meldinger.',
    },
    version: {
      title: 'Versjon',
      current: 'Pusterom versjon {version}',
      check: 'Se etter oppdateringer',
      checking: 'Ser etter oppdateringer …',
      upToDate: 'Du har nyeste versjon.',
      found: 'En ny versjon er funnet og gjøres klar.',
      failed: 'Fikk ikke sjekket nå. Er du på nett?',
    },
    stayNotify: {
      offer: 'Få varsel før fristen',
      on: 'Varsler er på. Du får varsel før fristen.',
    },
  },
}

const nn: typeof nb = {
  settings: {
    storage: {
      used: 'Appen brukar {used} av {quota} som nettlesaren gir han.',
      unknownUse: 'Nettlesaren fortel ikkje kor mykje plass appen brukar.',
    },
    dataCopy: {
      title: 'Kopien til familien av dataa',
      body: 'Sjå alt appen har lagra om familien på denne telefonen, på norsk og klart til å skrive ut. Innlogginga er ikkje med.',
      readable: 'Sjå og skriv ut dataa',
      machineBody: 'For eit anna program: den same kopien som éi fil i eit skildra format (JSON).',
      download: 'Last ned dataa (JSON)',
      failed: 'Fekk ikkje laga fila. Prøv igjen.',
      printHint: 'Medisinlista og «Om meg»-kortet skriv du ut frå medisinlista til kvart barn.',
    },
    copy: {
      title: 'Dataa til familien i Pusterom',
      madeAt: 'Henta frå denne telefonen {date}.',
      print: 'Skriv ut',
      back: 'Til Meir',
      empty: 'Det er ingen data om familien på denne telefonen enno.',
      stays: 'Opphald',
      noStays: 'Ingen opphald.',
      place: 'Stad: {place}',
      medicines: 'Medisinar',
      noMedicines: 'Ingen medisinar.',
      messages: 'Meldingar frå kommunen',
      noMessages: 'Ingen meldingar.',
    },
    version: {
      title: 'Versjon',
      current: 'Pusterom versjon {version}',
      check: 'Sjå etter oppdateringar',
      checking: 'Ser etter oppdateringar …',
      upToDate: 'Du har nyaste versjon.',
      found: 'Ein ny versjon er funnen og blir gjord klar.',
      failed: 'Fekk ikkje sjekka no. Er du på nett?',
    },
    stayNotify: {
      offer: 'Få varsel før fristen',
      on: 'Varsel er på. Du får varsel før fristen.',
    },
  },
}

const en: typeof nb = {
  settings: {
    storage: {
      used: 'The app uses {used} of the {quota} the browser gives it.',
      unknownUse: 'The browser does not say how much space the app uses.',
    },
    dataCopy: {
      title: "Your family's copy of the data",
      body: 'See everything the app has stored about your family on this phone, in your language and ready to print. Your sign-in is not included.',
      readable: 'See and print the data',
      machineBody: 'For another program: the same copy as one file in a documented format (JSON).',
      download: 'Download the data (JSON)',
      failed: 'Could not make the file. Try again.',
      printHint: 'Print the medication list and the "About me" card from each child\'s medication list.',
    },
    copy: {
      title: 'Your family’s data in Pusterom',
      madeAt: 'Taken from this phone {date}.',
      print: 'Print',
      back: 'To More',
      empty: 'There is no data about your family on this phone yet.',
      stays: 'Stays',
      noStays: 'No stays.',
      place: 'Place: {place}',
      medicines: 'Medicines',
      noMedicines: 'No medicines.',
      messages: 'Messages from the municipality',
      noMessages: 'No messages.',
    },
    version: {
      title: 'Version',
      current: 'Pusterom version {version}',
      check: 'Check for updates',
      checking: 'Checking for updates …',
      upToDate: 'You have the latest version.',
      found: 'A new version was found and is being prepared.',
      failed: 'Could not check now. Are you online?',
    },
    stayNotify: {
      offer: 'Get a reminder before the deadline',
      on: 'Notifications are on. You will be reminded before the deadline.',
    },
  },
}

export const settingsMessages = { nb, nn, en }
