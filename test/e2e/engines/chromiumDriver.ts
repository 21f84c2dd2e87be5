// Chromium through playwright-core, as the rest of the suite drives it, behind the engine-neutral driver.
import type { ElementHandle, Page } from 'playwright-core'
import { launchChromium } from '../support/launchChromium'
import type { RunsInPage } from '../support/runsInPage'
import type { EngineDriver, FoundElement } from './phone'
import { findInPage } from './target'

function found(element: ElementHandle): FoundElement {
  return {
    click: () => element.click(),
    fill: (text) => element.fill(text),
  }
}

function driverFor(page: Page, close: () => Promise<void>): EngineDriver {
  const inPage: RunsInPage = page
  return {
    async goto(url) {
      await page.goto(url)
    },
    async reload() {
      await page.reload()
    },
    evaluate: (fn, arg) => inPage.evaluate(fn, arg),
    async find(target) {
      const element = (await page.evaluateHandle(findInPage, target)).asElement()
      return element ? found(element) : null
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    print: () => page.pdf({ format: 'A4' }),
    close,
  }
}

export async function chromiumDriver(): Promise<EngineDriver> {
  const browsing = await launchChromium()
  return driverFor(browsing.page, () => browsing.close())
}
