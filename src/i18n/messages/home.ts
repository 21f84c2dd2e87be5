// The home cards' texts (what matters now, per person) in Bokmål, Nynorsk and English: few and short.
const nb = {
  home: {
    title: 'Viktig nå',
    underway: 'pågår nå',
    dayAt: '{day} kl. {time}',
    inDays: 'om {count} dager',
    medication: 'Bekreft medisinlisten',
    unread: '{count} ulest beskjed | {count} uleste beskjeder',
    summer: 'Søk sommeravlastning innen {day}',
  },
}

const nn: typeof nb = {
  home: {
    title: 'Viktig no',
    underway: 'pågår no',
    dayAt: '{day} kl. {time}',
    inDays: 'om {count} dagar',
    medication: 'Stadfest medisinlista',
    unread: '{count} ulesen beskjed | {count} ulesne beskjedar',
    summer: 'Søk sommaravlastning innan {day}',
  },
}

const en: typeof nb = {
  home: {
    title: 'What matters now',
    underway: 'under way',
    dayAt: '{day} at {time}',
    inDays: 'in {count} days',
    medication: 'Confirm the medication list',
    unread: '{count} unread message | {count} unread messages',
    summer: 'Apply for summer respite by {day}',
  },
}

export const homeMessages = { nb, nn, en }
