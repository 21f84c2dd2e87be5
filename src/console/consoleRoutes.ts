// The staff console's pages under /kommune, registered the first time the console opens so that none
// of its code ships with the family's first screen (the router holds only a stand-in route).
import type { RouteComponent, RouteLocationNormalized, RouteRecordRaw, Router } from 'vue-router'

const page = (
  path: string,
  name: string,
  component: () => Promise<RouteComponent | { default: RouteComponent }>,
): RouteRecordRaw => ({
  path,
  name,
  component,
  meta: { public: true, firstScreen: true, console: true, titleKey: `console.nav.${name.slice('console.'.length)}` },
})

export const consoleRoute: RouteRecordRaw = {
  path: '/kommune',
  name: 'console',
  component: () => import('./ConsoleApp.vue'),
  meta: { public: true, firstScreen: true, console: true },
  children: [
    { path: '', redirect: { name: 'console.requests' } },
    page('foresporsler', 'console.requests', () => import('./views/RequestsView.vue')),
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
