// All messages, merged from one file per feature; each file holds its texts in nb, nn and en,
// typed by its Bokmål texts so a missing translation fails the type check.
// To add a feature's texts: write `<feature>.ts` like app.ts and list it in `features`.
import type { Locale } from '../../protocol/locale'
import { aboutMeMessages } from './aboutMe'
import { appMessages } from './app'
import { calendarMessages } from './calendar'
import { conflictMessages } from './conflicts'
import { homeMessages } from './home'
import { consoleAccessLogMessages } from './consoleAccessLog'
import { consoleDatesMessages } from './consoleDates'
import { consoleDayListMessages } from './consoleDayList'
import { consoleNightsMessages } from './consoleNights'
import { familyMessagesMessages } from './familyMessages'
import { consoleFamilyThreadsMessages } from './consoleFamilyThreads'
import { homeScreenMessages } from './homeScreen'
import { consoleHouseholdsMessages } from './consoleHouseholds'
import { consoleImportsMessages } from './consoleImports'
import { consoleOverviewMessages } from './consoleOverview'
import { consoleInformationMessages } from './consoleInformation'
import { consoleNoticesMessages } from './consoleNotices'
import { consolePlanMessages } from './consolePlan'
import { consolePlanningMessages } from './consolePlanning'
import { consoleRequestsMessages } from './consoleRequests'
import { consoleRetentionMessages } from './consoleRetention'
import { consoleShellMessages } from './consoleShell'
import { notificationMessages } from './notifications'
import { packingMessages } from './packing'
import { sessionMessages } from './session'
import { restoredMessages } from './restored'
import { setAsideMessages } from './setAside'
import { summerMessages } from './summer'
import { settingsMessages } from './settings'

const features = [
  appMessages,
  calendarMessages,
  sessionMessages,
  packingMessages,
  notificationMessages,
  setAsideMessages,
  restoredMessages,
  summerMessages,
  settingsMessages,
  aboutMeMessages,
  conflictMessages,
  homeMessages,
  homeScreenMessages,
  consoleShellMessages,
  consoleRequestsMessages,
  consoleHouseholdsMessages,
  consoleAccessLogMessages,
  consoleOverviewMessages,
  consoleNoticesMessages,
  consolePlanMessages,
  consolePlanningMessages,
  consoleInformationMessages,
  consoleDayListMessages,
  consoleNightsMessages,
  consoleDatesMessages,
  consoleFamilyThreadsMessages,
  consoleImportsMessages,
  consoleRetentionMessages,
  familyMessagesMessages,
] as const

type Feature = (typeof features)[number]
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never
export type Messages = UnionToIntersection<Feature['nb']>

function mergeFor(locale: Locale): Messages {
  return Object.assign({}, ...features.map((feature) => feature[locale])) as Messages
}

export const messages: Record<Locale, Messages> = { nb: mergeFor('nb'), nn: mergeFor('nn'), en: mergeFor('en') }
