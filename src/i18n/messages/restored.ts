// The texts about the device's data coming back from the municipality after it was erased, in Bokmål,
// Nynorsk and English.
const nb = {
  restored: {
    title: 'Dataene på denne enheten var slettet',
    fetched: 'Nettleseren hadde slettet det Pusterom lagrer her. Alt fra kommunen er hentet på nytt.',
    unsent:
      'En endring du hadde gjort, var ikke sendt ennå og kan ha gått tapt. Sjekk det du endret sist. | {count} endringer du hadde gjort, var ikke sendt ennå og kan ha gått tapt. Sjekk det du endret sist.',
    understood: 'Jeg forstår',
  },
}

const nn: typeof nb = {
  restored: {
    title: 'Dataa på denne eininga var sletta',
    fetched: 'Nettlesaren hadde sletta det Pusterom lagrar her. Alt frå kommunen er henta på nytt.',
    unsent:
      'Ei endring du hadde gjort, var ikkje send enno og kan ha gått tapt. Sjekk det du endra sist. | {count} endringar du hadde gjort, var ikkje sende enno og kan ha gått tapt. Sjekk det du endra sist.',
    understood: 'Eg forstår',
  },
}

const en: typeof nb = {
  restored: {
    title: 'The data on this device had been erased',
    fetched:
      'The browser had erased what Pusterom keeps here. Everything from the municipality has been fetched again.',
    unsent:
      'A change you had made was not sent yet and may be lost. Check what you changed last. | {count} changes you had made were not sent yet and may be lost. Check what you changed last.',
    understood: 'I understand',
  },
}

export const restoredMessages = { nb, nn, en }
