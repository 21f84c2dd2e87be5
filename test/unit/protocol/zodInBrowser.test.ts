import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

const importedFresh = async () => {
  vi.resetModules()
  await import('../../../src/protocol/zodInBrowser')
  return z.config().jitless
}

afterEach(() => {
  vi.unstubAllGlobals()
  z.config({ jitless: false })
})

describe('the schemas in the browser', () => {
  it('run without zod’s code generator in a page, whose Content-Security-Policy forbids eval', async () => {
    vi.stubGlobal('document', {})
    expect(await importedFresh()).toBe(true)
  })

  it('keep the code generator on the server, where it is allowed and fast', async () => {
    expect(await importedFresh()).toBeFalsy()
  })
})
