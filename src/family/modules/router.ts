// The app's pages. Each area is its own chunk except the calendar, the first screen.
// Every page but sign-in needs a session on the device (which also works offline, expired or not).
import type { App } from 'vue'
import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type Router,
  type RouteRecordRaw,
} from 'vue-router'
import type { NavArea } from '../composables/useNavArea'
import { firstSession } from '../db/firstScreenReads'
import { readBeforeDatabase } from '../db/loadDatabase'
import { systemClock } from '../../domain/clock'
import { readSession, SESSION_KEY, sessionHasExpired } from '../sync/sessionOnDevice'
import AgendaView from '../views/AgendaView.vue'
import { laterMessagesLoaded } from '../../i18n/installI18n'

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string
    area?: NavArea
    /** Reachable without a session on the device. */
    public?: boolean
    /** Can be the first screen: needs only the texts the first screen's bundle carries. */
    firstScreen?: boolean
  }
}

const respitePages = () => import('../views/respitePages')
// More and the family's copy of its data share one chunk: a chunk of its own would put its list of
// dependencies in the first screen's bundle, which is at its budget (test/bench/firstScreenBudget.json).
const moreView = () => import('../views/MoreView.vue')

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'calendar',
    component: AgendaView,
    meta: { titleKey: 'nav.calendar', area: 'calendar', firstScreen: true },
  },
  {
    path: '/calendar/month/:month?',
    name: 'calendarMonth',
    component: () => import('../views/MonthView.vue'),
    meta: { titleKey: 'nav.calendar', area: 'calendar' },
  },
  {
    path: '/stays/:id',
    name: 'stay',
    component: () => import('../views/StayView.vue'),
    meta: { titleKey: 'calendar.stayTitle', area: 'calendar' },
  },
  {
    path: '/stays/:id/request/:type(cancel|changeTime)',
    name: 'stayRequest',
    component: () => import('../views/StayRequestView.vue'),
    meta: { titleKey: 'calendar.requestTitle', area: 'calendar' },
  },
  {
    path: '/decisions',
    name: 'decisions',
    component: () => import('../views/DecisionsView.vue'),
    meta: { titleKey: 'decisions.title', area: 'calendar' },
  },
  {
    path: '/sign-in',
    name: 'signIn',
    component: () => import('../views/SignInView.vue'),
    meta: { titleKey: 'app.name', public: true, firstScreen: true },
  },
  {
    path: '/sign-in/complete',
    name: 'signInComplete',
    component: () => import('../views/SignInCompleteView.vue'),
    meta: { titleKey: 'app.name', public: true },
  },
  {
    path: '/packing',
    name: 'packing',
    component: () => import('../views/PackingView.vue'),
    meta: { titleKey: 'nav.packing', area: 'packing' },
  },
  {
    path: '/stays/:id/packing',
    name: 'stayPacking',
    component: () => import('../views/StayPackingView.vue'),
    props: true,
    meta: { titleKey: 'packing.stay.title', area: 'packing' },
  },
  {
    path: '/packing/templates/:recipientId',
    name: 'packingTemplate',
    component: () => import('../views/TemplateEditView.vue'),
    props: true,
    meta: { titleKey: 'packing.template.title', area: 'packing' },
  },
  {
    path: '/medications/:recipientId',
    name: 'medications',
    component: () => import('../views/MedicationListView.vue'),
    props: true,
    meta: { titleKey: 'medication.title', area: 'packing' },
  },
  {
    path: '/medications/:recipientId/print',
    name: 'medicationPrint',
    component: () => import('../views/MedicationPrintView.vue'),
    props: true,
    meta: { titleKey: 'medication.title', area: 'packing' },
  },
  {
    path: '/om-meg/:recipientId',
    name: 'aboutMe',
    component: () => import('../views/AboutMeView.vue'),
    props: true,
    meta: { titleKey: 'aboutMe.title', area: 'packing' },
  },
  {
    path: '/messages',
    name: 'messages',
    component: () => import('../views/MessagesView.vue'),
    meta: { titleKey: 'nav.messages', area: 'messages' },
  },
  {
    path: '/messages/new',
    name: 'familyMessageNew',
    component: () => import('../views/FamilyMessageNewView.vue'),
    meta: { titleKey: 'familyMessages.newTitle', area: 'messages' },
  },
  {
    path: '/messages/threads/:threadId',
    name: 'familyThread',
    component: () => import('../views/FamilyThreadView.vue'),
    props: true,
    meta: { titleKey: 'familyMessages.threadTitle', area: 'messages' },
  },
  {
    path: '/messages/:id',
    name: 'message',
    component: () => import('../views/MessageView.vue'),
    props: true,
    meta: { titleKey: 'nav.messages', area: 'messages' },
  },
  {
    path: '/more',
    name: 'more',
    component: moreView,
    meta: { titleKey: 'nav.more', area: 'more' },
  },
  {
    path: '/more/data',
    name: 'dataCopy',
    component: moreView,
    meta: { titleKey: 'settings.copy.title', area: 'more' },
  },
  {
    path: '/sommer',
    name: 'summer',
    component: () => respitePages().then((pages) => pages.SummerView),
    meta: { titleKey: 'summer.title', area: 'more' },
  },
  {
    path: '/om-avlastning',
    name: 'respiteInfo',
    component: () => respitePages().then((pages) => pages.RespiteInfoView),
    meta: { titleKey: 'respiteInfo.title', area: 'more' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'notFound',
    component: () => import('../views/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title', public: true, firstScreen: true },
  },
]

/** Starts fetching a lazy page's code, so it comes over the network while the device's session is read. */
function startLoadingPage(to: RouteLocationNormalized): void {
  // A lazy page is a loader; the router calls it again and gets the same module (or handles its failure).
  for (const { components } of to.matched)
    if (typeof components?.default === 'function') (components.default as () => Promise<unknown>)().catch(() => {})
}

export function createAppRouter(): Router {
  const router = createRouter({ history: createWebHistory(), routes })
  router.beforeEach(async (to) => {
    startLoadingPage(to)
    // The first page's guard runs before Dexie has loaded: it reads the session from IndexedDB itself.
    const session = await readBeforeDatabase(() => firstSession(SESSION_KEY), readSession)
    if (!session && !to.meta.public)
      return { name: 'signIn', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    // A signed-in family sees the sign-in page only to sign in again: the session ran out, or the server said so.
    if (session && to.name === 'signIn' && !to.query.again && !sessionHasExpired(session, systemClock))
      return { name: 'calendar' }
    // Signing in again, or back from ID-porten with a failure: those texts are not in the first screen's part.
    if (to.name === 'signIn' && (session || to.query.error)) await laterMessagesLoaded()
    return true
  })
  router.beforeResolve(async (to) => {
    if (!to.meta.firstScreen) await laterMessagesLoaded()
  })
  return router
}

/** Installs the router and resolves once the first page is known and its code loaded. */
export function installRouter(app: App): Promise<void> {
  const router = createAppRouter()
  app.use(router)
  // A first page that cannot load (offline before the service worker took over) still gets the app's frame.
  return router.isReady().catch((error: unknown) => console.warn('The first page did not open', error))
}
