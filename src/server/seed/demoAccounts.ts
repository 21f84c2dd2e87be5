// The demo logins: their usernames, their one password, and the stable id each one's user has.
import { stableId } from './stableId'

export const DEMO_PASSWORD = 'demo'

export const DEMO_USERNAMES = [
  'lunner-forelder-1',
  'lunner-forelder-2',
  'lunner-forelder-3',
  'gjovik-forelder-1',
  'lunner-ansatt',
  'gjovik-ansatt',
] as const
export type DemoUsername = (typeof DEMO_USERNAMES)[number]

/** The stable id of a demo login's user. */
export function demoUserId(username: DemoUsername): string {
  return stableId('demo', 'user', username)
}
