// The texts about changes the municipality's server kept failing on, in Bokmål, Nynorsk and English.
const nb = {
  setAside: {
    title: 'En endring kom ikke fram til kommunen',
    what: {
      requestCancellation: 'Avlysningen av et opphold',
      requestTimeChange: 'Ønsket om nye tider for et opphold',
      withdrawChangeRequest: 'Tilbaketrekkingen av en forespørsel',
      upsertChecklistItem: 'Pakkelistepunktet «{name}»',
      deleteChecklistItem: 'Slettingen av et punkt på pakkelisten',
      setPacked: 'En avkrysning på pakkelisten',
      upsertMedication: 'Medisinen «{name}»',
      deleteMedication: 'Slettingen av en medisin',
      markMedicationListReviewed: 'At medisinlisten er gått gjennom',
      submitSummerApplication: 'Søknaden om sommeravlastning {name}',
      markMessageRead: 'At en beskjed er lest',
      sendFamilyMessage: 'Meldingen din til kommunen',
    },
    /** The same, naming the stay: who it is for and the day it starts. */
    whatStay: {
      requestCancellation: 'Avlysningen av oppholdet til {name} {day}',
      requestTimeChange: 'Ønsket om nye tider for oppholdet til {name} {day}',
      withdrawChangeRequest: 'Tilbaketrekkingen av forespørselen om oppholdet til {name} {day}',
    },
    sentence: '{what} kunne ikke lagres: {reason}',
    reason: {
      server: 'kommunens server feilet på akkurat denne endringen, flere ganger.',
      malformed: 'svaret fra kommunen på denne endringen kunne ikke leses, flere ganger.',
      refused: 'kommunen tok ikke imot den.',
    },
    kept: 'Endringen er tatt vare på her på telefonen. Resten av endringene dine sendes som vanlig.',
    retry: 'Prøv igjen',
    discard: 'Forkast endringen',
  },
}

const nn: typeof nb = {
  setAside: {
    title: 'Ei endring kom ikkje fram til kommunen',
    what: {
      requestCancellation: 'Avlysinga av eit opphald',
      requestTimeChange: 'Ønsket om nye tider for eit opphald',
      withdrawChangeRequest: 'Tilbaketrekkinga av ein førespurnad',
      upsertChecklistItem: 'Pakkelistepunktet «{name}»',
      deleteChecklistItem: 'Slettinga av eit punkt på pakkelista',
      setPacked: 'Ei avkryssing på pakkelista',
      upsertMedication: 'Medisinen «{name}»',
      deleteMedication: 'Slettinga av ein medisin',
      markMedicationListReviewed: 'At medisinlista er gått gjennom',
      submitSummerApplication: 'Søknaden om sommaravlasting {name}',
      markMessageRead: 'At ein beskjed er lesen',
      sendFamilyMessage: 'Meldinga di til kommunen',
    },
    whatStay: {
      requestCancellation: 'Avlysinga av opphaldet til {name} {day}',
      requestTimeChange: 'Ønsket om nye tider for opphaldet til {name} {day}',
      withdrawChangeRequest: 'Tilbaketrekkinga av førespurnaden om opphaldet til {name} {day}',
    },
    sentence: '{what} kunne ikkje lagrast: {reason}',
    reason: {
      server: 'tenaren til kommunen feila på akkurat denne endringa, fleire gonger.',
      malformed: 'svaret frå kommunen på denne endringa kunne ikkje lesast, fleire gonger.',
      refused: 'kommunen tok ikkje imot ho.',
    },
    kept: 'Endringa er teken vare på her på telefonen. Resten av endringane dine blir sende som vanleg.',
    retry: 'Prøv igjen',
    discard: 'Forkast endringa',
  },
}

const en: typeof nb = {
  setAside: {
    title: 'A change did not reach the municipality',
    what: {
      requestCancellation: 'The cancellation of a stay',
      requestTimeChange: 'The request for new times for a stay',
      withdrawChangeRequest: 'Taking back a request',
      upsertChecklistItem: 'The packing list item “{name}”',
      deleteChecklistItem: 'The removal of a packing list item',
      setPacked: 'A tick on the packing list',
      upsertMedication: 'The medicine “{name}”',
      deleteMedication: 'The removal of a medicine',
      markMedicationListReviewed: 'That the medication list was reviewed',
      submitSummerApplication: 'The summer respite application {name}',
      markMessageRead: 'That a message was read',
      sendFamilyMessage: 'Your message to the municipality',
    },
    whatStay: {
      requestCancellation: 'The cancellation of {name}’s stay on {day}',
      requestTimeChange: 'The request for new times for {name}’s stay on {day}',
      withdrawChangeRequest: 'Taking back the request about {name}’s stay on {day}',
    },
    sentence: '{what} could not be saved: {reason}',
    reason: {
      server: 'the municipality’s server failed on this very change, several times.',
      malformed: 'the municipality’s answer to this change could not be read, several times.',
      refused: 'the municipality did not accept it.',
    },
    kept: 'The change is kept here on the phone. Your other changes are sent as usual.',
    retry: 'Try again',
    discard: 'Discard the change',
  },
}

export const setAsideMessages = { nb, nn, en }
