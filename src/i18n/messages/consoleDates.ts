// Texts of the console's date and time fields, typed as Norwegians write them, in Bokmål, Nynorsk and English.
const nb = {
  consoleDates: {
    dateHint: 'dd.mm.åååå, for eksempel 08.12.2026',
    timeHint: '24-timers klokke, for eksempel 16.00',
    badDate: '{field}: skriv datoen som dag, måned og år, for eksempel 08.12.2026.',
    badTime: '{field}: skriv klokkeslettet med 24-timers klokke, for eksempel 16.00.',
    missing: '{field} må fylles ut.',
    endBeforeStart: 'Slutten må være etter starten.',
  },
}

const nn: typeof nb = {
  consoleDates: {
    dateHint: 'dd.mm.åååå, til dømes 08.12.2026',
    timeHint: '24-timars klokke, til dømes 16.00',
    badDate: '{field}: skriv datoen som dag, månad og år, til dømes 08.12.2026.',
    badTime: '{field}: skriv klokkeslettet med 24-timars klokke, til dømes 16.00.',
    missing: '{field} må fyllast ut.',
    endBeforeStart: 'Slutten må vere etter starten.',
  },
}

const en: typeof nb = {
  consoleDates: {
    dateHint: 'dd.mm.yyyy, for example 08.12.2026',
    timeHint: '24-hour clock, for example 16:00',
    badDate: '{field}: write the date as day, month and year, for example 08.12.2026.',
    badTime: '{field}: write the time on a 24-hour clock, for example 16:00.',
    missing: '{field} is required.',
    endBeforeStart: 'The end must be after the start.',
  },
}

export const consoleDatesMessages = { nb, nn, en }
