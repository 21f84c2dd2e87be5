// The Home Screen tip is for Safari tabs on iPhones and iPads only: not for an app already on the Home
// Screen, not for other iOS browsers, not for Android or a desktop.
import { describe, expect, it } from 'vitest'
import { isIosSafariTab, type BrowserFacts } from '../../../src/family/tools/iosHomeScreen'

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const IPAD_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15'
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1'
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'

const facts = (userAgent: string, overrides: Partial<BrowserFacts> = {}): BrowserFacts => ({
  userAgent,
  maxTouchPoints: 5,
  standalone: false,
  displayModeStandalone: false,
  ...overrides,
})

describe('a Safari tab on an iPhone', () => {
  it('is recognised on an iPhone and on an iPad, which says it is a Mac with a touch screen', () => {
    expect([isIosSafariTab(facts(IPHONE_SAFARI)), isIosSafariTab(facts(IPAD_SAFARI))]).toEqual([true, true])
  })

  it('is not the app opened from the Home Screen', () => {
    expect(isIosSafariTab(facts(IPHONE_SAFARI, { standalone: true }))).toBe(false)
    expect(isIosSafariTab(facts(IPHONE_SAFARI, { standalone: undefined, displayModeStandalone: true }))).toBe(false)
  })

  it('is not Chrome on an iPhone, Chrome on Android, or Safari on a Mac without a touch screen', () => {
    expect(isIosSafariTab(facts(IPHONE_CHROME))).toBe(false)
    expect(isIosSafariTab(facts(ANDROID_CHROME))).toBe(false)
    expect(isIosSafariTab(facts(IPAD_SAFARI, { maxTouchPoints: 0 }))).toBe(false)
  })
})
