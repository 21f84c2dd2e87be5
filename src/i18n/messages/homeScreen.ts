// How to add Pusterom to the Home Screen on an iPhone, and why, in Bokmål, Nynorsk and English.

const nb = {
  homeScreen: {
    title: 'Legg Pusterom på Hjem-skjermen',
    why: 'På iPhone virker Pusterom best fra Hjem-skjermen: bare der kan du få varsler, og bare der blir dataene liggende på telefonen.',
    share: 'Trykk på Del-knappen i Safari (firkanten med en pil opp).',
    add: 'Velg «Legg til på Hjem-skjerm», og trykk «Legg til».',
    open: 'Åpne Pusterom fra Hjem-skjermen og logg inn der. Vent til endringer du har gjort her er sendt først.',
    erased:
      'Safari kan slette det Pusterom har lagret når appen ikke er brukt på sju dager, også endringer som ikke er sendt ennå. Fra Hjem-skjermen skjer ikke det.',
    dismiss: 'Skjul',
  },
}

const nn: typeof nb = {
  homeScreen: {
    title: 'Legg Pusterom på Heim-skjermen',
    why: 'På iPhone verkar Pusterom best frå Heim-skjermen: berre der kan du få varsel, og berre der blir dataa liggjande på telefonen.',
    share: 'Trykk på Del-knappen i Safari (firkanten med ei pil opp).',
    add: 'Vel «Legg til på Heim-skjerm», og trykk «Legg til».',
    open: 'Opna Pusterom frå Heim-skjermen og logg inn der. Vent til endringar du har gjort her er sende først.',
    erased:
      'Safari kan slette det Pusterom har lagra når appen ikkje er brukt på sju dagar, også endringar som ikkje er sende enno. Frå Heim-skjermen skjer ikkje det.',
    dismiss: 'Skjul',
  },
}

const en: typeof nb = {
  homeScreen: {
    title: 'Add Pusterom to the Home Screen',
    why: 'On an iPhone, Pusterom works best from the Home Screen: only there can you get notifications, and only there does its data stay on the phone.',
    share: 'Tap the Share button in Safari (the square with an arrow pointing up).',
    add: 'Choose “Add to Home Screen”, then tap “Add”.',
    open: 'Open Pusterom from the Home Screen and sign in there. Wait until changes made here have been sent first.',
    erased:
      'Safari may erase what Pusterom has stored when the app has not been used for seven days, changes not yet sent included. From the Home Screen that does not happen.',
    dismiss: 'Hide',
  },
}

export const homeScreenMessages = { nb, nn, en }
