// The words of the municipality's messages about stays, built from the message's facts in Bokmål,
// Nynorsk and English; {stay} is the stay's dates and, when known on the phone, whose stay it is.
const nb = {
  messageText: {
    subject: '{dates} for {child}',
    title: {
      stayPlanned: 'Nytt opphold {stay}',
      stayReinstated: 'Oppholdet {stay} blir likevel av',
      stayCancelled: 'Oppholdet {stay} er avlyst',
      stayChanged: 'Oppholdet {stay} er endret',
      cancelAccepted: 'Avbestillingen av oppholdet {stay} er godtatt',
      cancelDeclined: 'Avbestillingen av oppholdet {stay} er ikke godtatt',
      changeTimeAccepted: 'Ny tid for oppholdet {stay} er godtatt',
      changeTimeDeclined: 'Ny tid for oppholdet {stay} er ikke godtatt',
    },
    body: {
      stayPlanned: 'Kommunen har satt opp et opphold {from} – {to} hos {place}.',
      stayReinstated: 'Oppholdet {from} – {to} hos {place} blir likevel av.',
      stayCancelled: 'Oppholdet {from} – {to} hos {place} er avlyst av kommunen.',
      stayChanged: 'Oppholdet {from} – {to} er endret av kommunen.',
      newTime: 'Ny tid: {from} – {to}.',
      newPlace: 'Nytt sted: {place}.',
      transport: 'Transporten er endret.',
      details: 'Opplysningene om oppholdet er oppdatert.',
      cancelAccepted: 'Kommunen har godtatt avbestillingen av oppholdet {from}. Oppholdet er avlyst.',
      cancelDeclined: 'Kommunen har ikke godtatt avbestillingen av oppholdet {from}. Oppholdet blir som avtalt.',
      changeTimeAccepted: 'Kommunen har godtatt ny tid for oppholdet {from}. Ny tid: {newFrom} – {newTo}.',
      changeTimeDeclined: 'Kommunen har ikke godtatt ny tid for oppholdet {from}. Oppholdet blir som avtalt.',
    },
    note: 'Beskjed fra kommunen',
  },
}

const nn: typeof nb = {
  messageText: {
    subject: '{dates} for {child}',
    title: {
      stayPlanned: 'Nytt opphald {stay}',
      stayReinstated: 'Opphaldet {stay} blir likevel av',
      stayCancelled: 'Opphaldet {stay} er avlyst',
      stayChanged: 'Opphaldet {stay} er endra',
      cancelAccepted: 'Avbestillinga av opphaldet {stay} er godteken',
      cancelDeclined: 'Avbestillinga av opphaldet {stay} er ikkje godteken',
      changeTimeAccepted: 'Ny tid for opphaldet {stay} er godteken',
      changeTimeDeclined: 'Ny tid for opphaldet {stay} er ikkje godteken',
    },
    body: {
      stayPlanned: 'Kommunen har sett opp eit opphald {from} – {to} hos {place}.',
      stayReinstated: 'Opphaldet {from} – {to} hos {place} blir likevel av.',
      stayCancelled: 'Opphaldet {from} – {to} hos {place} er avlyst av kommunen.',
      stayChanged: 'Opphaldet {from} – {to} er endra av kommunen.',
      newTime: 'Ny tid: {from} – {to}.',
      newPlace: 'Ny stad: {place}.',
      transport: 'Transporten er endra.',
      details: 'Opplysningane om opphaldet er oppdaterte.',
      cancelAccepted: 'Kommunen har godteke avbestillinga av opphaldet {from}. Opphaldet er avlyst.',
      cancelDeclined: 'Kommunen har ikkje godteke avbestillinga av opphaldet {from}. Opphaldet blir som avtalt.',
      changeTimeAccepted: 'Kommunen har godteke ny tid for opphaldet {from}. Ny tid: {newFrom} – {newTo}.',
      changeTimeDeclined: 'Kommunen har ikkje godteke ny tid for opphaldet {from}. Opphaldet blir som avtalt.',
    },
    note: 'Beskjed frå kommunen',
  },
}

const en: typeof nb = {
  messageText: {
    subject: '{dates} for {child}',
    title: {
      stayPlanned: 'New stay {stay}',
      stayReinstated: 'The stay {stay} will go ahead after all',
      stayCancelled: 'The stay {stay} is cancelled',
      stayChanged: 'The stay {stay} has changed',
      cancelAccepted: 'Your cancellation of the stay {stay} is accepted',
      cancelDeclined: 'Your cancellation of the stay {stay} is not accepted',
      changeTimeAccepted: 'The new time for the stay {stay} is accepted',
      changeTimeDeclined: 'The new time for the stay {stay} is not accepted',
    },
    body: {
      stayPlanned: 'The municipality has planned a stay {from} – {to} at {place}.',
      stayReinstated: 'The stay {from} – {to} at {place} will go ahead after all.',
      stayCancelled: 'The municipality has cancelled the stay {from} – {to} at {place}.',
      stayChanged: 'The municipality has changed the stay {from} – {to}.',
      newTime: 'New time: {from} – {to}.',
      newPlace: 'New place: {place}.',
      transport: 'The transport has changed.',
      details: 'The details of the stay are updated.',
      cancelAccepted: 'The municipality has accepted your cancellation of the stay {from}. The stay is cancelled.',
      cancelDeclined:
        'The municipality has not accepted your cancellation of the stay {from}. The stay goes ahead as planned.',
      changeTimeAccepted:
        'The municipality has accepted the new time for the stay {from}. New time: {newFrom} – {newTo}.',
      changeTimeDeclined:
        'The municipality has not accepted the new time for the stay {from}. The stay goes ahead as planned.',
    },
    note: 'Message from the municipality',
  },
}

export const messageTextMessages = { nb, nn, en }
