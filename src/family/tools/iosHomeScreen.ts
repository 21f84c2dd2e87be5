// Whether the app runs in a Safari tab on an iPhone or iPad rather than from the Home Screen. There, Safari
// may erase the site's data after seven days without use (unsent changes with it) and Web Push cannot work,
// so the family is shown how to add the app to the Home Screen. Elsewhere the tip would only be noise.
const DISMISSED_KEY = 'pusterom.homeScreenTipDismissed'

export interface BrowserFacts {
  userAgent: string
  maxTouchPoints: number
  /** Safari's own flag, true when started from the Home Screen. */
  standalone: boolean | undefined
  /** `(display-mode: standalone)`, the standard way to ask the same. */
  displayModeStandalone: boolean
}

function browserFacts(): BrowserFacts {
  const navigator = globalThis.navigator as (Navigator & { standalone?: boolean }) | undefined
  return {
    userAgent: navigator?.userAgent ?? '',
    maxTouchPoints: navigator?.maxTouchPoints ?? 0,
    standalone: navigator?.standalone,
    displayModeStandalone: globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false,
  }
}

/** Safari on iOS or iPadOS (an iPad says "Macintosh" but has a touch screen), not another iOS browser. */
export function isIosSafariTab(facts: BrowserFacts = browserFacts()): boolean {
  const ios =
    /iPhone|iPad|iPod/.test(facts.userAgent) || (/Macintosh/.test(facts.userAgent) && facts.maxTouchPoints > 1)
  const safari = /Safari/.test(facts.userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(facts.userAgent)
  return ios && safari && facts.standalone !== true && !facts.displayModeStandalone
}

export function homeScreenTipDismissed(storage = globalThis.localStorage): boolean {
  return storage?.getItem(DISMISSED_KEY) === '1'
}

export function dismissHomeScreenTip(storage = globalThis.localStorage): void {
  storage?.setItem(DISMISSED_KEY, '1')
}
