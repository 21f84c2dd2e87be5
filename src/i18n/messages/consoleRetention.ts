// Texts of the console's retention: the screen of closed households and when their data is deleted, and the
// municipality's retention period among its settings, in Bokmål, Nynorsk and English.
const nb = {
  consoleRetention: {
    title: 'Sletting av avsluttede husstander',
    intro:
      'En husstand er avsluttet når alle barnas vedtak er utløpt og ingen opphold gjenstår. Dataene slettes når lagringstiden har gått, {days} dager etter at tjenesten ble avsluttet. Tilgangsloggen følger sin egen lagringstid. Får husstanden et nytt vedtak før det, åpnes den igjen og slettes ikke.',
    household: 'Husstand',
    children: 'Barn',
    why: 'Hvorfor avsluttet',
    closedAt: 'Avsluttet',
    deletesAt: 'Slettes',
    lastDecision: 'Siste vedtak gjaldt til {day}.',
    lastStay: 'Siste opphold sluttet {date}.',
    noName: 'Ingen omsorgspersoner',
    empty: 'Ingen husstander er avsluttet.',
    more: 'Vis flere',
    setting: 'Lagringstid',
    settingDays: 'Dager data beholdes etter at tjenesten er avsluttet',
    settingHint: 'Mellom {min} og {max} dager. Standard er {default} dager.',
    settingInvalid: 'Skriv et helt antall dager mellom {min} og {max}.',
    householdClosed:
      'Husstanden er avsluttet {closedAt}: alle vedtak er utløpt og ingen opphold gjenstår. Dataene slettes {deletesAt} hvis den ikke får et nytt vedtak før det.',
  },
}

const nn: typeof nb = {
  consoleRetention: {
    title: 'Sletting av avslutta hushald',
    intro:
      'Eit hushald er avslutta når alle vedtaka til barna er ute og ingen opphald står att. Dataa blir sletta når lagringstida har gått, {days} dagar etter at tenesta vart avslutta. Tilgangsloggen følgjer si eiga lagringstid. Får hushaldet eit nytt vedtak før det, blir det opna att og ikkje sletta.',
    household: 'Hushald',
    children: 'Barn',
    why: 'Kvifor avslutta',
    closedAt: 'Avslutta',
    deletesAt: 'Blir sletta',
    lastDecision: 'Siste vedtak galdt til {day}.',
    lastStay: 'Siste opphald slutta {date}.',
    noName: 'Ingen omsorgspersonar',
    empty: 'Ingen hushald er avslutta.',
    more: 'Vis fleire',
    setting: 'Lagringstid',
    settingDays: 'Dagar data blir tekne vare på etter at tenesta er avslutta',
    settingHint: 'Mellom {min} og {max} dagar. Standard er {default} dagar.',
    settingInvalid: 'Skriv eit heilt tal dagar mellom {min} og {max}.',
    householdClosed:
      'Hushaldet er avslutta {closedAt}: alle vedtak er ute og ingen opphald står att. Dataa blir sletta {deletesAt} viss det ikkje får eit nytt vedtak før det.',
  },
}

const en: typeof nb = {
  consoleRetention: {
    title: 'Deletion of closed households',
    intro:
      "A household is closed when all its children's decisions have ended and no stay is left. Its data is deleted when the retention period has passed, {days} days after the service ended. The access log keeps its own period. If the household gets a new decision before then, it opens again and is not deleted.",
    household: 'Household',
    children: 'Children',
    why: 'Why closed',
    closedAt: 'Closed',
    deletesAt: 'Deleted',
    lastDecision: 'The last decision was valid until {day}.',
    lastStay: 'The last stay ended {date}.',
    noName: 'No caregivers',
    empty: 'No household is closed.',
    more: 'Show more',
    setting: 'Retention period',
    settingDays: 'Days data is kept after the service has ended',
    settingHint: 'Between {min} and {max} days. The default is {default} days.',
    settingInvalid: 'Write a whole number of days between {min} and {max}.',
    householdClosed:
      'This household was closed on {closedAt}: every decision has ended and no stay is left. Its data is deleted on {deletesAt} unless it gets a new decision before then.',
  },
}

export const consoleRetentionMessages = { nb, nn, en }
