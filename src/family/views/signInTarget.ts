// Where to go once signed in: the page asked for before (only a path on this origin), else the calendar.
// Kept in sessionStorage across the trip to ID-porten and back.
export const AFTER_SIGN_IN_KEY = 'pusterom:after-sign-in'

export function safeTarget(redirect: unknown): string {
  return typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/'
}
