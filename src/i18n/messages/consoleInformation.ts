// The console's "Our information": the texts families read, per language, and how to apply.
const nb = {
  consoleInfoTexts: {
    texts: 'Tekstene familiene leser',
    textsIntro:
      'Skriv på bokmål først: det er påkrevd. Nynorsk og engelsk er valgfritt; der de mangler, ser familien bokmål.',
    language: 'Språk',
    languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
    apply: 'Slik søker familiene',
    applyUrl: 'Adresse til det elektroniske skjemaet',
    paperFormUrl: 'Adresse til søknadsskjemaet på papir (PDF)',
    postalAddress: 'Postadresse for papirsøknad',
    visitingAddress: 'Besøksadresse',
    previewLanguage: 'Forhåndsvisning på',
    previewTexts: 'Informasjonssiden i appen',
    required: 'Skriv hva avlastning er: teksten må være med når de andre tekstene på dette språket er fylt ut.',
    tooLong: 'Teksten er for lang: {length} tegn, høyst {max}.',
    invalid: 'Sjekk dette feltet.',
    fix: 'Noe må rettes før vi kan lagre. Det du har skrevet, er tatt vare på.',
  },
}

const nn: typeof nb = {
  consoleInfoTexts: {
    texts: 'Tekstane familiane les',
    textsIntro:
      'Skriv på bokmål først: det er påkravd. Nynorsk og engelsk er valfritt; der dei manglar, ser familien bokmål.',
    language: 'Språk',
    languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
    apply: 'Slik søkjer familiane',
    applyUrl: 'Adressa til det elektroniske skjemaet',
    paperFormUrl: 'Adressa til søknadsskjemaet på papir (PDF)',
    postalAddress: 'Postadresse for papirsøknad',
    visitingAddress: 'Besøksadresse',
    previewLanguage: 'Førehandsvising på',
    previewTexts: 'Informasjonssida i appen',
    required: 'Skriv kva avlasting er: teksten må vere med når dei andre tekstane på dette språket er fylte ut.',
    tooLong: 'Teksten er for lang: {length} teikn, høgst {max}.',
    invalid: 'Sjekk dette feltet.',
    fix: 'Noko må rettast før vi kan lagre. Det du har skrive, er teke vare på.',
  },
}

const en: typeof nb = {
  consoleInfoTexts: {
    texts: 'The texts families read',
    textsIntro:
      'Write in Bokmål first: it is required. Nynorsk and English are optional; where missing, families see Bokmål.',
    language: 'Language',
    languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
    apply: 'How families apply',
    applyUrl: 'Address of the online form',
    paperFormUrl: 'Address of the paper application form (PDF)',
    postalAddress: 'Postal address for paper applications',
    visitingAddress: 'Visiting address',
    previewLanguage: 'Preview in',
    previewTexts: 'The information page in the app',
    required: 'Write what respite is: this text is needed when the other texts in this language are filled in.',
    tooLong: 'The text is too long: {length} characters, at most {max}.',
    invalid: 'Check this field.',
    fix: 'Something must be corrected before we can save. What you wrote has been kept.',
  },
}

export const consoleInformationMessages = { nb, nn, en }
