// Texts for signing in and out, the sync status and refused changes, in Bokmål, Nynorsk and English.
const nb = {
  signIn: {
    title: 'Logg inn',
    intro: 'Logg inn for å hente avlastningsoppholdene deres fra kommunen. Etterpå virker appen også uten nett.',
    username: 'Brukernavn',
    password: 'Passord',
    submit: 'Logg inn',
    busy: 'Logger inn …',
    idporten: 'Logg inn med ID-porten',
    idportenHint: 'Med MinID, BankID eller en annen elektronisk ID.',
    demoTitle: 'Demo: logg inn med brukernavn og passord',
    error: {
      badCredentials: 'Feil brukernavn eller passord.',
      offline: 'Du er ikke på nett. Koble til internett for å logge inn første gang.',
      timeout: 'Kommunen svarte ikke i tide. Prøv igjen om litt.',
      rateLimited: 'For mange forsøk. Vent litt og prøv igjen.',
      refused: 'Denne appen er for familier. Ansatte bruker kommunens egne verktøy.',
      other: 'Innloggingen virket ikke. Prøv igjen om litt.',
    },
  },
  signInTrouble: {
    again: 'Økten din er utløpt. Logg inn igjen for å hente nytt og sende det som venter. Ingenting er tapt.',
    completing: 'Fullfører innloggingen …',
    error: {
      cancelled: 'Innloggingen ble avbrutt.',
      expired: 'Innloggingen tok for lang tid eller er allerede brukt. Prøv igjen.',
      failed: 'Vi kunne ikke bekrefte innloggingen fra ID-porten. Prøv igjen.',
      notProvisioned: 'Du har ikke tilgang til Pusterom ennå. Kontakt kommunen for å få tilgang.',
      unavailable: 'ID-porten svarer ikke akkurat nå. Prøv igjen om litt.',
    },
  },
  signOut: {
    title: 'Logg ut',
    signedInAs: 'Logget inn som {name}.',
    explain: 'Når du logger ut, slettes alle dataene til familien fra denne telefonen.',
    unsent:
      'Du har én endring som ikke er sendt til kommunen ennå. Den blir borte hvis du logger ut nå. | Du har {count} endringer som ikke er sendt til kommunen ennå. De blir borte hvis du logger ut nå.',
    confirm: 'Logg ut og slett',
    cancel: 'Avbryt',
  },
  sync: {
    upToDate: 'Oppdatert {time}',
    syncing: 'Henter nytt …',
    idle: 'Ikke hentet ennå',
    offline: 'Uten nett',
    waiting: 'én endring venter | {count} endringer venter',
    error: {
      sessionExpired: 'Du må logge inn igjen. Ingenting er tapt.',
      server: 'Kommunens tjeneste svarer ikke. Vi prøver igjen.',
      malformed: 'Fikk et svar appen ikke forstår. Vi prøver igjen.',
      refused: 'Kommunen avviste forespørselen. Oppdater appen hvis det fortsetter.',
      device: 'Noe gikk galt med lagringen på telefonen.',
      outdated: 'Denne versjonen av appen er for gammel. Pusterom oppdaterer seg, endringene dine er tatt vare på.',
    },
    retry: 'Prøv nå',
    signInAgain: 'Logg inn igjen',
  },
  rejection: {
    title: 'Kommunen tok ikke imot en endring',
    body: '{message}',
    dismiss: 'Jeg forstår',
  },
}

const nn: typeof nb = {
  signIn: {
    title: 'Logg inn',
    intro: 'Logg inn for å hente avlastingsopphalda dykkar frå kommunen. Etterpå verkar appen også utan nett.',
    username: 'Brukarnamn',
    password: 'Passord',
    submit: 'Logg inn',
    busy: 'Loggar inn …',
    idporten: 'Logg inn med ID-porten',
    idportenHint: 'Med MinID, BankID eller ein annan elektronisk ID.',
    demoTitle: 'Demo: logg inn med brukarnamn og passord',
    error: {
      badCredentials: 'Feil brukarnamn eller passord.',
      offline: 'Du er ikkje på nett. Kopla til internett for å logge inn første gong.',
      timeout: 'Kommunen svarte ikkje i tide. Prøv igjen om litt.',
      rateLimited: 'For mange forsøk. Vent litt og prøv igjen.',
      refused: 'Denne appen er for familiar. Tilsette brukar verktøya til kommunen.',
      other: 'Innlogginga verka ikkje. Prøv igjen om litt.',
    },
  },
  signInTrouble: {
    again: 'Økta di er ute. Logg inn igjen for å hente nytt og sende det som ventar. Ingenting er tapt.',
    completing: 'Fullfører innlogginga …',
    error: {
      cancelled: 'Innlogginga vart avbroten.',
      expired: 'Innlogginga tok for lang tid eller er alt brukt. Prøv igjen.',
      failed: 'Vi kunne ikkje stadfeste innlogginga frå ID-porten. Prøv igjen.',
      notProvisioned: 'Du har ikkje tilgang til Pusterom enno. Kontakt kommunen for å få tilgang.',
      unavailable: 'ID-porten svarar ikkje akkurat no. Prøv igjen om litt.',
    },
  },
  signOut: {
    title: 'Logg ut',
    signedInAs: 'Logga inn som {name}.',
    explain: 'Når du loggar ut, blir alle dataa til familien sletta frå denne telefonen.',
    unsent:
      'Du har éi endring som ikkje er send til kommunen enno. Ho blir borte om du loggar ut no. | Du har {count} endringar som ikkje er sende til kommunen enno. Dei blir borte om du loggar ut no.',
    confirm: 'Logg ut og slett',
    cancel: 'Avbryt',
  },
  sync: {
    upToDate: 'Oppdatert {time}',
    syncing: 'Hentar nytt …',
    idle: 'Ikkje henta enno',
    offline: 'Utan nett',
    waiting: 'éi endring ventar | {count} endringar ventar',
    error: {
      sessionExpired: 'Du må logge inn igjen. Ingenting er tapt.',
      server: 'Tenesta til kommunen svarar ikkje. Vi prøver igjen.',
      malformed: 'Fekk eit svar appen ikkje forstår. Vi prøver igjen.',
      refused: 'Kommunen avviste førespurnaden. Oppdater appen om det held fram.',
      device: 'Noko gjekk gale med lagringa på telefonen.',
      outdated: 'Denne versjonen av appen er for gammal. Pusterom oppdaterer seg, endringane dine er tekne vare på.',
    },
    retry: 'Prøv no',
    signInAgain: 'Logg inn igjen',
  },
  rejection: {
    title: 'Kommunen tok ikkje imot ei endring',
    body: '{message}',
    dismiss: 'Eg forstår',
  },
}

const en: typeof nb = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in to fetch your respite stays from the municipality. After that the app works offline too.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in …',
    idporten: 'Sign in with ID-porten',
    idportenHint: 'With MinID, BankID or another electronic ID.',
    demoTitle: 'Demo: sign in with username and password',
    error: {
      badCredentials: 'Wrong username or password.',
      offline: 'You are offline. Connect to the internet to sign in the first time.',
      timeout: 'The municipality did not answer in time. Try again in a moment.',
      rateLimited: 'Too many attempts. Wait a little and try again.',
      refused: 'This app is for families. Staff use the municipality’s own tools.',
      other: 'Signing in did not work. Try again in a moment.',
    },
  },
  signInTrouble: {
    again: 'Your session has run out. Sign in again to fetch news and send what is waiting. Nothing is lost.',
    completing: 'Finishing signing in …',
    error: {
      cancelled: 'Signing in was cancelled.',
      expired: 'Signing in took too long or was already used. Try again.',
      failed: 'We could not confirm the sign-in from ID-porten. Try again.',
      notProvisioned: 'You do not have access to Pusterom yet. Contact the municipality to get access.',
      unavailable: 'ID-porten is not answering right now. Try again in a moment.',
    },
  },
  signOut: {
    title: 'Sign out',
    signedInAs: 'Signed in as {name}.',
    explain: 'Signing out deletes all of the family’s data from this phone.',
    unsent:
      'You have one change not yet sent to the municipality. It will be lost if you sign out now. | You have {count} changes not yet sent to the municipality. They will be lost if you sign out now.',
    confirm: 'Sign out and delete',
    cancel: 'Cancel',
  },
  sync: {
    upToDate: 'Updated {time}',
    syncing: 'Fetching news …',
    idle: 'Not fetched yet',
    offline: 'Offline',
    waiting: 'one change waiting | {count} changes waiting',
    error: {
      sessionExpired: 'Please sign in again. Nothing is lost.',
      server: 'The municipality’s service is not answering. We will try again.',
      malformed: 'Got an answer the app does not understand. We will try again.',
      refused: 'The municipality refused the request. Update the app if this goes on.',
      device: 'Something went wrong with storage on this phone.',
      outdated: 'This version of the app is too old. Pusterom is updating itself; your changes are kept.',
    },
    retry: 'Try now',
    signInAgain: 'Sign in again',
  },
  rejection: {
    title: 'The municipality did not accept a change',
    body: '{message}',
    dismiss: 'I understand',
  },
}

export const sessionMessages = { nb, nn, en }
