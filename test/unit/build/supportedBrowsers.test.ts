// The browsers the app supports (package.json's browserslist) bound the build: the bundler's targets come from
// the list, and ESLint refuses a browser API that one of them lacks in the code that runs in the browser.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { buildTargets } from '../../../src/build/browserTargets'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('the build targets', () => {
  it('builds for Safari and iOS 16, Firefox ESR and the Chromium browsers of the last two years', () => {
    const targets = buildTargets()
    expect(targets).toEqual(expect.arrayContaining(['safari16', 'ios16']))
    const oldest = (engine: string) => Number(targets.find((target) => target.startsWith(engine))?.slice(engine.length))
    expect(oldest('firefox')).toBeLessThanOrEqual(140) // the ESR of mid-2025
    expect(oldest('chrome')).toBeGreaterThan(100)
  })

  it('names each engine once, by the oldest version of it that the list holds', () => {
    expect(buildTargets(['Safari >= 16.4', 'iOS >= 17', 'Firefox >= 128', 'Chrome >= 120'])).toEqual(
      expect.arrayContaining(['safari16.4', 'ios17', 'firefox128', 'chrome120']),
    )
    expect(buildTargets(['Samsung >= 20'])).toEqual([]) // a Chromium the bundler has no name for
  })
})

async function compatErrors(filePath: string, line: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(`${line}\n`, { filePath: `${root}/${filePath}` })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'compat/compat').map((m) => m.message)
}

describe('browser APIs', { timeout: 60_000 }, () => {
  it('refuses one that Safari 16 lacks in the family app', async () => {
    expect(
      await compatErrors('src/family/sync/planted.ts', "export const planted = new CompressionStream('gzip')"),
    ).toEqual([expect.stringContaining('Safari 16.0')])
  })

  it('allows AbortSignal.timeout, which sign-out uses and Safari has since 16', async () => {
    expect(
      await compatErrors('src/family/sync/planted.ts', 'export const planted = AbortSignal.timeout(5_000)'),
    ).toEqual([])
  })

  it('leaves the server alone, which runs in Node', async () => {
    expect(await compatErrors('src/server/planted.ts', "export const planted = new CompressionStream('gzip')")).toEqual(
      [],
    )
  })
})
