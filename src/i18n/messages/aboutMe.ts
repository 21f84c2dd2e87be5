// The child's "about me" card for the respite place, in Bokmål, Nynorsk and English.

const nb = {
  aboutMe: {
    title: 'Om meg',
    titleFor: 'Om meg: {name}',
    intro: 'Det avlastningsstedet bør vite for å gi {name} en god dag. Skrives ut sammen med medisinlisten.',
    fields: {
      routines: 'Rutiner',
      communication: 'Kommunikasjon',
      calming: 'Dette roer meg',
      upsetting: 'Dette uroer meg',
      food: 'Mat og allergier',
      sleep: 'Søvn',
    },
    contacts: 'Hvem som skal ringes i nødstilfeller',
    contactName: 'Navn',
    contactPhone: 'Telefon',
    addContact: 'Legg til kontakt',
    removeContact: 'Fjern kontakt {number}',
    save: 'Lagre',
    saved: {
      waitingForNetwork: 'Lagret på telefonen. Sendes når du er på nett.',
      sending: 'Lagret på telefonen. Sendes nå …',
      sent: 'Lagret og sendt.',
    },
    linkFor: 'Om meg: {name}',
    notFound: 'Fant ikke personen.',
    back: 'Til medisinlisten',
  },
}

const nn: typeof nb = {
  aboutMe: {
    title: 'Om meg',
    titleFor: 'Om meg: {name}',
    intro: 'Det avlastingsstaden bør vite for å gi {name} ein god dag. Blir skrive ut saman med medisinlista.',
    fields: {
      routines: 'Rutinar',
      communication: 'Kommunikasjon',
      calming: 'Dette roar meg',
      upsetting: 'Dette uroar meg',
      food: 'Mat og allergiar',
      sleep: 'Søvn',
    },
    contacts: 'Kven som skal ringjast i naudstilfelle',
    contactName: 'Namn',
    contactPhone: 'Telefon',
    addContact: 'Legg til kontakt',
    removeContact: 'Fjern kontakt {number}',
    save: 'Lagre',
    saved: {
      waitingForNetwork: 'Lagra på telefonen. Blir sendt når du er på nett.',
      sending: 'Lagra på telefonen. Blir sendt no …',
      sent: 'Lagra og sendt.',
    },
    linkFor: 'Om meg: {name}',
    notFound: 'Fann ikkje personen.',
    back: 'Til medisinlista',
  },
}

const en: typeof nb = {
  aboutMe: {
    title: 'About me',
    titleFor: 'About me: {name}',
    intro: 'What the respite place should know to give {name} a good day. Printed together with the medication list.',
    fields: {
      routines: 'Routines',
      communication: 'Communication',
      calming: 'What calms me',
      upsetting: 'What upsets me',
      food: 'Food and allergies',
      sleep: 'Sleep',
    },
    contacts: 'Who to call in an emergency',
    contactName: 'Name',
    contactPhone: 'Phone',
    addContact: 'Add a contact',
    removeContact: 'Remove contact {number}',
    save: 'Save',
    saved: {
      waitingForNetwork: 'Saved on the phone. Sent when you are online.',
      sending: 'Saved on the phone. Sending now …',
      sent: 'Saved and sent.',
    },
    linkFor: 'About me: {name}',
    notFound: 'Could not find the person.',
    back: 'To the medication list',
  },
}

export const aboutMeMessages = { nb, nn, en }
