// The staff console's pages under /kommune (the console's own router: src/console/main.ts).
import type { RouteComponent, RouteRecordRaw } from 'vue-router'

/** A console page; `screen` names the tab it belongs to (and the page's title). */
const page = (
  path: string,
  screen: string,
  component: () => Promise<RouteComponent | { default: RouteComponent }>,
  name = `console.${screen}`,
): RouteRecordRaw => ({
  path,
  name,
  component,
  props: true,
  meta: { titleKey: `console.nav.${screen}` },
})

export const consoleRoute: RouteRecordRaw = {
  path: '/kommune',
  name: 'console',
  component: () => import('./ConsoleApp.vue'),
  children: [
    { path: '', redirect: { name: 'console.overview' } },
    page('oversikt', 'overview', () => import('./views/OverviewView.vue')),
    page('foresporsler', 'requests', () => import('./views/RequestsView.vue')),
    page('plan', 'plan', () => import('./views/PlanView.vue')),
    page('dagsliste', 'dayList', () => import('./views/DayListView.vue')),
    page('belegg', 'nights', () => import('./views/PlaceNightsView.vue')),
    page('husstander', 'households', () => import('./views/HouseholdsView.vue')),
    page('husstander/:id', 'households', () => import('./views/HouseholdView.vue'), 'console.household'),
    page('sommer', 'summer', () => import('./views/SummerView.vue')),
    page('fra-familier', 'familyThreads', () => import('./views/FamilyThreadsView.vue')),
    page('beskjeder', 'messages', () => import('./views/MessagesView.vue')),
    page('informasjon', 'information', () => import('./views/InformationView.vue')),
    // Where the municipality's provider sends staff back (`/complete?code=…`, or `?error=…`): the frame
    // shows the sign-in while signed out, and moves on to the overview once signed in (ConsoleApp.vue).
    {
      path: 'logg-inn/:step(complete)?',
      name: 'console.signIn',
      component: () => import('./views/OverviewView.vue'),
    },
    page('import', 'imports', () => import('./views/ImportView.vue')),
    page('tilgangslogg', 'accessLog', () => import('./views/AccessLogView.vue')),
    page('sletting', 'retention', () => import('./views/RetentionView.vue')),
    { path: ':rest(.*)*', redirect: { name: 'console.overview' } },
  ],
}
