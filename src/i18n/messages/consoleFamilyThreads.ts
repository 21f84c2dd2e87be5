// What families wrote to the office, as the console shows and answers it, in Bokmål, Nynorsk and English.

const nb = {
  consoleFamilyThreads: {
    title: 'Meldinger fra familier',
    intro:
      'Det familiene skriver til kommunen utenom endringer av opphold. Svaret kommer i appen deres som en melding.',
    show: 'Vis',
    states: { waiting: 'Venter på svar', answered: 'Besvart', all: 'Alle' },
    empty: 'Ingen meldinger her.',
    about: 'Gjelder {child}',
    family: 'Familien',
    office: 'Kommunen',
    unknownAuthor: 'Ukjent',
    waiting: 'Venter på svar',
    answer: 'Svar',
    send: 'Send svaret',
    sending: 'Sender …',
    sent: 'Svaret er sendt til familien.',
    emptyAnswer: 'Skriv et svar før du sender.',
    more: 'Vis flere',
  },
}

const nn: typeof nb = {
  consoleFamilyThreads: {
    title: 'Meldingar frå familiar',
    intro: 'Det familiane skriv til kommunen utanom endringar av opphald. Svaret kjem i appen deira som ei melding.',
    show: 'Vis',
    states: { waiting: 'Ventar på svar', answered: 'Svart på', all: 'Alle' },
    empty: 'Ingen meldingar her.',
    about: 'Gjeld {child}',
    family: 'Familien',
    office: 'Kommunen',
    unknownAuthor: 'Ukjend',
    waiting: 'Ventar på svar',
    answer: 'Svar',
    send: 'Send svaret',
    sending: 'Sender …',
    sent: 'Svaret er sendt til familien.',
    emptyAnswer: 'Skriv eit svar før du sender.',
    more: 'Vis fleire',
  },
}

const en: typeof nb = {
  consoleFamilyThreads: {
    title: 'Messages from families',
    intro:
      'What families write to the municipality besides changes to stays. The answer reaches their app as a message.',
    show: 'Show',
    states: { waiting: 'Waiting for an answer', answered: 'Answered', all: 'All' },
    empty: 'No messages here.',
    about: 'About {child}',
    family: 'The family',
    office: 'The municipality',
    unknownAuthor: 'Unknown',
    waiting: 'Waiting for an answer',
    answer: 'Answer',
    send: 'Send the answer',
    sending: 'Sending …',
    sent: 'The answer has been sent to the family.',
    emptyAnswer: 'Write an answer before sending.',
    more: 'Show more',
  },
}

export const consoleFamilyThreadsMessages = { nb, nn, en }
