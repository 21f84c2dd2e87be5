// English.
import type { Messages } from './nb'

export const en: Messages = {
  app: {
    name: 'Pusterom',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main menu',
    calendar: 'Calendar',
    packing: 'Packing',
    messages: 'Messages',
    more: 'More',
  },
  agenda: {
    title: 'Upcoming stays',
    emptyTitle: 'No stays yet',
    emptyBody:
      'The respite stays you have been granted will appear here: where, from when to when, transport and the place’s phone number. They are fetched from the municipality when you are online, and are available offline too.',
    today: 'Today',
    tomorrow: 'Tomorrow',
  },
  stay: {
    kind: {
      home: 'Respite at home',
      privateProvider: 'Private respite provider',
      supportContact: 'Support contact',
      bpa: 'Personal assistance (BPA)',
      municipalUnit: 'Respite unit',
      nursingHome: 'Nursing home',
      dayOffer: 'Day offer',
    },
    status: {
      planned: 'Planned',
      changed: 'Changed',
      cancelledByFamily: 'Cancelled by you',
      cancelledByMunicipality: 'Cancelled by the municipality',
    },
    timeRange: '{from} – {to}',
    unknownPlace: 'Place not known',
  },
  comingSoon: {
    packing:
      'Packing lists for every stay will appear here: own medicines, an updated medication list, medical consumables, toiletries, clothes and aids. They work offline.',
    messages: 'Messages from the municipality will appear here: changes, cancellations and answers to what you have sent.',
  },
  more: {
    title: 'More',
    language: 'Language',
    storageTitle: 'Storage on this phone',
    storage: {
      granted: 'The browser has promised to keep the app’s data.',
      refused: 'The browser has not promised to keep the data. Install the app on your home screen to make storage safer.',
      unsupported: 'This browser cannot promise to keep the data.',
      unknown: 'Checking storage …',
    },
    about: 'About Pusterom',
    aboutBody: 'Pusterom is the family’s companion for municipal respite care: calendar, packing lists and messages, offline too.',
  },
  update: {
    available: 'A new version of Pusterom is ready.',
    unsentWarning: 'You have one change that has not been sent yet. It is kept and sent after the update. | You have {count} changes that have not been sent yet. They are kept and sent after the update.',
    now: 'Update now',
    later: 'Later',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  notFound: {
    title: 'Page not found',
    body: 'The page you tried to open does not exist.',
    back: 'To the calendar',
  },
}
