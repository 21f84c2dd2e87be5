// Texts of the console's requests screen, in Bokmål, Nynorsk and English.
const nb = {
  consoleRequests: {
    title: 'Forespørsler som venter',
    intro: 'Nærmeste opphold først. Listen oppdateres av seg selv.',
    empty: 'Ingen forespørsler venter.',
    type: { cancel: 'Ikke behov', changeTime: 'Ny tid' },
    stay: 'Opphold: {range}',
    proposed: 'Ønsket tid: {range}',
    message: 'Familiens melding',
    noMessage: 'Ingen melding.',
    received: 'Kom {time}',
    timing: { onTime: 'I tide', late: 'For sent', noRule: 'Ingen frist' },
    note: 'Merknad til familien',
    noteHint: 'Familien ser merknaden sammen med svaret.',
    accept: 'Godta',
    decline: 'Avslå',
    acknowledge: 'Bekreft mottatt',
    acknowledgeHint: 'Kommunen tar imot beskjed om at avlastning ikke trengs. Oppholdet avlyses når du bekrefter.',
    acknowledgedNote: 'Beskjeden er mottatt.',
    answered: 'Svaret er sendt til familien.',
    newArrived: 'Én ny forespørsel. | {count} nye forespørsler.',
  },
}

const nn: typeof nb = {
  consoleRequests: {
    title: 'Førespurnader som ventar',
    intro: 'Nærmaste opphald først. Lista blir oppdatert av seg sjølv.',
    empty: 'Ingen førespurnader ventar.',
    type: { cancel: 'Ikkje behov', changeTime: 'Ny tid' },
    stay: 'Opphald: {range}',
    proposed: 'Ønskt tid: {range}',
    message: 'Meldinga frå familien',
    noMessage: 'Inga melding.',
    received: 'Kom {time}',
    timing: { onTime: 'I tide', late: 'For seint', noRule: 'Ingen frist' },
    note: 'Merknad til familien',
    noteHint: 'Familien ser merknaden saman med svaret.',
    accept: 'Godta',
    decline: 'Avslå',
    acknowledge: 'Stadfest motteke',
    acknowledgeHint:
      'Kommunen tek imot melding om at avlasting ikkje trengst. Opphaldet blir avlyst når du stadfestar.',
    acknowledgedNote: 'Meldinga er motteken.',
    answered: 'Svaret er sendt til familien.',
    newArrived: 'Éin ny førespurnad. | {count} nye førespurnader.',
  },
}

const en: typeof nb = {
  consoleRequests: {
    title: 'Requests waiting',
    intro: 'Nearest stay first. The list updates by itself.',
    empty: 'No requests are waiting.',
    type: { cancel: 'Not needed', changeTime: 'New time' },
    stay: 'Stay: {range}',
    proposed: 'Wished time: {range}',
    message: 'The family’s message',
    noMessage: 'No message.',
    received: 'Came {time}',
    timing: { onTime: 'On time', late: 'Late', noRule: 'No deadline' },
    note: 'Note to the family',
    noteHint: 'The family sees the note with the answer.',
    accept: 'Accept',
    decline: 'Decline',
    acknowledge: 'Confirm received',
    acknowledgeHint:
      'The municipality takes notice that respite is not needed. The stay is cancelled when you confirm.',
    acknowledgedNote: 'Your notice has been received.',
    answered: 'The answer has been sent to the family.',
    newArrived: 'One new request. | {count} new requests.',
  },
}

export const consoleRequestsMessages = { nb, nn, en }
