// The words of the local stand-in providers' pages (demo and tests only), in Bokmål, Nynorsk and English,
// chosen by the sign-in's `ui_locales` as ID-porten does.
export type StandInLocale = 'nb' | 'nn' | 'en'

const nb = {
  idportenTitle: 'ID-porten (demo)',
  staffTitle: 'Kommunens pålogging for ansatte (demo)',
  intro: 'Dette er en lokal etterligning for demo og test. Velg hvem du vil logge inn som.',
  noAccess: 'ingen tilgang',
  level: 'Sikkerhetsnivå',
  substantial: 'Betydelig (MinID)',
  high: 'Høyt (BankID)',
  submit: 'Logg inn',
  cancel: 'Avbryt',
  logoutTitle: 'Logger ut av ID-porten (demo)',
  logoutButton: 'Logg ut',
  loggedOut: 'Du er logget ut.',
  errorTitle: 'Noe gikk galt',
}

const nn: typeof nb = {
  idportenTitle: 'ID-porten (demo)',
  staffTitle: 'Innlogginga til kommunen for tilsette (demo)',
  intro: 'Dette er ei lokal etterlikning for demo og test. Vel kven du vil logge inn som.',
  noAccess: 'ingen tilgang',
  level: 'Tryggingsnivå',
  substantial: 'Betydeleg (MinID)',
  high: 'Høgt (BankID)',
  submit: 'Logg inn',
  cancel: 'Avbryt',
  logoutTitle: 'Loggar ut av ID-porten (demo)',
  logoutButton: 'Logg ut',
  loggedOut: 'Du er logga ut.',
  errorTitle: 'Noko gjekk gale',
}

const en: typeof nb = {
  idportenTitle: 'ID-porten (demo)',
  staffTitle: 'The municipality’s staff sign-in (demo)',
  intro: 'This is a local stand-in for demos and tests. Choose whom to sign in as.',
  noAccess: 'no access',
  level: 'Level of assurance',
  substantial: 'Substantial (MinID)',
  high: 'High (BankID)',
  submit: 'Sign in',
  cancel: 'Cancel',
  logoutTitle: 'Signing out of ID-porten (demo)',
  logoutButton: 'Sign out',
  loggedOut: 'You are signed out.',
  errorTitle: 'Something went wrong',
}

export type StandInTexts = typeof nb

export function standInTexts(uiLocales: unknown): StandInTexts {
  const first = typeof uiLocales === 'string' ? uiLocales.split(' ')[0] : undefined
  return first === 'nn' ? nn : first === 'en' ? en : nb
}
