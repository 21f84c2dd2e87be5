// Texts of the console's overview, its first screen, in Bokmål, Nynorsk and English.
const nb = {
  consoleOverview: {
    title: 'Oversikt',
    waiting: 'forespørsel venter | forespørsler venter',
    late: 'kom for sent | kom for sent',
    arrivalsToday: 'Kommer i dag',
    departuresToday: 'Drar i dag',
    arrivalsThisWeek: 'Kommer denne uken',
    departuresThisWeek: 'Drar denne uken',
    none: 'Ingen.',
  },
}

const nn: typeof nb = {
  consoleOverview: {
    title: 'Oversikt',
    waiting: 'førespurnad ventar | førespurnader ventar',
    late: 'kom for seint | kom for seint',
    arrivalsToday: 'Kjem i dag',
    departuresToday: 'Reiser i dag',
    arrivalsThisWeek: 'Kjem denne veka',
    departuresThisWeek: 'Reiser denne veka',
    none: 'Ingen.',
  },
}

const en: typeof nb = {
  consoleOverview: {
    title: 'Overview',
    waiting: 'request waiting | requests waiting',
    late: 'came late | came late',
    arrivalsToday: 'Arriving today',
    departuresToday: 'Leaving today',
    arrivalsThisWeek: 'Arriving this week',
    departuresThisWeek: 'Leaving this week',
    none: 'None.',
  },
}

export const consoleOverviewMessages = { nb, nn, en }
