// The phones of one test file, on the engine of its lane (vite.config.ts): each reaches the server through a
// link of its own (its own origin, so its own storage) and is closed when its test ends. Firefox runs once per
// file, each phone in a user context; WebKit and Chromium start a browser per phone.
import { afterAll, inject, onTestFinished } from 'vitest'
import type { AppUnderTest } from '../support/appUnderTest'
import { startNowhereProxy, type NowhereProxy } from '../support/nowhereProxy'
import { linkToServer } from '../support/serverLink'
import { chromiumDriver } from './chromiumDriver'
import { firefoxDriver, launchFirefox, type Firefox } from './firefoxDriver'
import { Phone, type Engine, type EngineDriver } from './phone'
import { webkitDriver } from './webkitDriver'

export interface Phones {
  readonly engine: Engine
  /** A new phone for this test, closed when the test ends. */
  aPhone(): Promise<Phone>
}

export function phonesForThisFile(app: AppUnderTest): Phones {
  const engine = inject('engine')
  let proxy: Promise<NowhereProxy> | undefined
  let firefox: Promise<Firefox> | undefined
  afterAll(async () => {
    await (await firefox)?.close()
    await (await proxy)?.close()
  })

  async function driver(): Promise<EngineDriver> {
    if (engine === 'chromium') return chromiumDriver()
    proxy ??= startNowhereProxy()
    if (engine === 'webkit') return webkitDriver(inject('webkit'), inject('display'), await proxy)
    const nowhere = await proxy
    firefox ??= launchFirefox(inject('firefoxPath'), nowhere)
    return firefoxDriver(await firefox)
  }

  return {
    engine,
    async aPhone() {
      const link = await linkToServer(app.url)
      const phone = new Phone(
        engine,
        await driver().catch(async (error: unknown) => {
          await link.close()
          throw error
        }),
        link,
      )
      onTestFinished(async () => {
        await phone.close()
        await link.close()
      })
      return phone
    },
  }
}
