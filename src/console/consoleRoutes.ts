// The staff console's pages under /kommune, registered the first time the console opens so that none
// of its code ships with the family's first screen (the router holds only a stand-in route).
import type { RouteComponent, RouteLocationNormalized, RouteRecordRaw, Router } from 'vue-router'

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
  meta: { public: true, firstScreen: true, console: true, titleKey: `console.nav.${screen}` },
})

export const consoleRoute: RouteRecordRaw = {
  path: '/kommune',
  name: 'console',
  component: () => import('./ConsoleApp.vue'),
  meta: { public: true, firstScreen: true, console: true },
  children: [
    { path: '', redirect: { name: 'console.requests' } },
    page('foresporsler', 'requests', () => import('./views/RequestsView.vue')),
    page('plan', 'plan', () => import('./views/PlanView.vue')),
    page('husstander', 'households', () => import('./views/HouseholdsView.vue')),
    page('husstander/:id', 'households', () => import('./views/HouseholdView.vue'), 'console.household'),
    page('sommer', 'summer', () => import('./views/SummerView.vue')),
    page('beskjeder', 'messages', () => import('./views/MessagesView.vue')),
    page('informasjon', 'information', () => import('./views/InformationView.vue')),
    page('tilgangslogg', 'accessLog', () => import('./views/AccessLogView.vue')),
    { path: ':rest(.*)*', redirect: { name: 'console.requests' } },
  ],
}

/** Adds the console's routes on the first visit and navigates again so they match. */
export function enterConsole(router: Router, to: RouteLocationNormalized): true | string {
  if (router.hasRoute('console')) return true
  router.addRoute(consoleRoute)
  router.removeRoute('consoleEntry')
  return to.fullPath
}
