// The browsers the app supports (package.json's "browserslist") as the bundler's targets: the build lowers the
// syntax they lack, or fails where it cannot. The APIs are held to the same list by eslint-plugin-compat.
import browserslist from 'browserslist'

/** Browserslist's names, as the bundler calls the same engines; the others (Samsung Internet) it has no name for. */
const BUNDLER_NAME: Readonly<Record<string, string>> = {
  chrome: 'chrome',
  and_chr: 'chrome',
  android: 'chrome',
  edge: 'edge',
  opera: 'opera',
  firefox: 'firefox',
  and_ff: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
}

/** The oldest version of each engine the queries name, e.g. `['safari16', 'ios16', 'firefox134', …]`. */
export function buildTargets(queries?: readonly string[]): string[] {
  const oldest = new Map<string, number>()
  for (const browser of browserslist(queries ? [...queries] : undefined, { path: process.cwd() })) {
    const [name = '', versions = ''] = browser.split(' ')
    const target = BUNDLER_NAME[name]
    // "16.6-16.7" is a range of versions with one engine: its first names it.
    const version = Number.parseFloat(versions.split('-')[0] ?? '')
    if (target === undefined || Number.isNaN(version)) continue
    oldest.set(target, Math.min(oldest.get(target) ?? version, version))
  }
  return [...oldest].map(([target, version]) => `${target}${version}`)
}
