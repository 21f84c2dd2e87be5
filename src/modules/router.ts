// The app's pages. Each area is its own chunk except the calendar, the first screen.
import type { App } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import AgendaView from '../views/AgendaView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'calendar', component: AgendaView, meta: { titleKey: 'nav.calendar' } },
  { path: '/packing', name: 'packing', component: () => import('../views/PackingView.vue'), meta: { titleKey: 'nav.packing' } },
  { path: '/messages', name: 'messages', component: () => import('../views/MessagesView.vue'), meta: { titleKey: 'nav.messages' } },
  { path: '/more', name: 'more', component: () => import('../views/MoreView.vue'), meta: { titleKey: 'nav.more' } },
  { path: '/:pathMatch(.*)*', name: 'notFound', component: () => import('../views/NotFoundView.vue'), meta: { titleKey: 'notFound.title' } },
]

export function installRouter(app: App): void {
  app.use(createRouter({ history: createWebHistory(), routes }))
}
