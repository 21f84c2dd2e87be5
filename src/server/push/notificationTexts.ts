// The words of each notification in Bokmål, Nynorsk and English. Without "show details" a text says
// what happened and when, never who, where or the staff's own words: the lock screen is not private.
import type { Locale } from '../../protocol/locale'

type Kind = 'stayChanged' | 'stayCancelled' | 'stayPlanned' | 'requestAnswered' | 'notice'

interface Texts {
  message: Record<Kind, { title: string; body: (stayDay: string | null) => string }>
  deadline: (when: string, time: string, stayDay: string) => string
  deadlineBody: (stayDayLong: string, who: string | null) => string
  packingTitle: (stayDay: string, who: string | null) => string
  packingBody: (unpacked: number) => string
  summerTitle: (when: string) => string
  summerBody: (dayLong: string, time: string) => string
}

export const notificationTexts: Record<Locale, Texts> = {
  nb: {
    message: {
      stayChanged: {
        title: 'Et opphold er endret',
        body: (day) =>
          `Kommunen har endret ${day ? `oppholdet ${day}` : 'et opphold'}. Trykk for å se hva som er nytt.`,
      },
      stayCancelled: {
        title: 'Et opphold er avlyst',
        body: (day) => `Kommunen har avlyst ${day ? `oppholdet ${day}` : 'et opphold'}. Trykk for å se mer.`,
      },
      stayPlanned: {
        title: 'Nytt opphold',
        body: (day) => `Kommunen har satt opp et nytt opphold${day ? ` ${day}` : ''}. Trykk for å se det.`,
      },
      requestAnswered: {
        title: 'Svar fra kommunen',
        body: () => 'Kommunen har svart på det dere meldte inn. Trykk for å lese svaret.',
      },
      notice: { title: 'Ny beskjed fra kommunen', body: () => 'Trykk for å lese beskjeden.' },
    },
    deadline: (when, time, day) => `Endringsfrist ${when} kl. ${time} for oppholdet ${day}`,
    deadlineBody: (day, who) =>
      `${who ? `${who}, ` : 'Oppholdet '}${day}. Gi beskjed før fristen hvis dere trenger å endre eller avlyse.`,
    packingTitle: (day, who) => `Pakking til oppholdet ${who ? `til ${who} ` : ''}${day}`,
    packingBody: (n) => `${n} ting på pakkelista er ikke krysset av ennå.`,
    summerTitle: (when) => `Søknadsfrist for sommeravlastning ${when}`,
    summerBody: (day, time) => `Fristen er ${day} kl. ${time}. Søk i Pusterom eller hos kommunen.`,
  },
  nn: {
    message: {
      stayChanged: {
        title: 'Eit opphald er endra',
        body: (day) =>
          `Kommunen har endra ${day ? `opphaldet ${day}` : 'eit opphald'}. Trykk for å sjå kva som er nytt.`,
      },
      stayCancelled: {
        title: 'Eit opphald er avlyst',
        body: (day) => `Kommunen har avlyst ${day ? `opphaldet ${day}` : 'eit opphald'}. Trykk for å sjå meir.`,
      },
      stayPlanned: {
        title: 'Nytt opphald',
        body: (day) => `Kommunen har sett opp eit nytt opphald${day ? ` ${day}` : ''}. Trykk for å sjå det.`,
      },
      requestAnswered: {
        title: 'Svar frå kommunen',
        body: () => 'Kommunen har svart på det de melde inn. Trykk for å lese svaret.',
      },
      notice: { title: 'Ny beskjed frå kommunen', body: () => 'Trykk for å lese beskjeden.' },
    },
    deadline: (when, time, day) => `Endringsfrist ${when} kl. ${time} for opphaldet ${day}`,
    deadlineBody: (day, who) =>
      `${who ? `${who}, ` : 'Opphaldet '}${day}. Gi beskjed før fristen viss de treng å endre eller avlyse.`,
    packingTitle: (day, who) => `Pakking til opphaldet ${who ? `til ${who} ` : ''}${day}`,
    packingBody: (n) => `${n} ting på pakkelista er ikkje kryssa av enno.`,
    summerTitle: (when) => `Søknadsfrist for sommaravlasting ${when}`,
    summerBody: (day, time) => `Fristen er ${day} kl. ${time}. Søk i Pusterom eller hos kommunen.`,
  },
  en: {
    message: {
      stayChanged: {
        title: 'A stay has changed',
        body: (day) => `The municipality has changed ${day ? `the stay ${day}` : 'a stay'}. Tap to see what is new.`,
      },
      stayCancelled: {
        title: 'A stay is cancelled',
        body: (day) => `The municipality has cancelled ${day ? `the stay ${day}` : 'a stay'}. Tap to see more.`,
      },
      stayPlanned: {
        title: 'New stay',
        body: (day) => `The municipality has planned a new stay${day ? ` ${day}` : ''}. Tap to see it.`,
      },
      requestAnswered: {
        title: 'Answer from the municipality',
        body: () => 'The municipality has answered your request. Tap to read the answer.',
      },
      notice: { title: 'New notice from the municipality', body: () => 'Tap to read the notice.' },
    },
    deadline: (when, time, day) => `Change deadline ${when} at ${time} for the stay ${day}`,
    deadlineBody: (day, who) =>
      `${who ? `${who}, ` : 'The stay '}${day}. Tell the municipality before the deadline if you need to change or cancel it.`,
    packingTitle: (day, who) => `Packing for the stay ${who ? `of ${who} ` : ''}${day}`,
    packingBody: (n) =>
      n === 1 ? '1 item on the packing list is not ticked yet.' : `${n} items on the packing list are not ticked yet.`,
    summerTitle: (when) => `Summer respite application deadline ${when}`,
    summerBody: (day, time) => `The deadline is ${day} at ${time}. Apply in Pusterom or with the municipality.`,
  },
}
