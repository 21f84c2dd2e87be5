// Finds Debian's browsers for the end-to-end tests (Chromium; Firefox ESR; WebKitGTK's WebDriver with Xvfb),
// installing a missing package when we may (root with apt-get); never skips, and never downloads a browser.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

interface DebianProgram {
  what: string
  path: string
  debianPackage: string
  /** An environment variable that may point at another copy. */
  override?: string
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

export function ensureDebianProgram(program: DebianProgram, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = program.override ? env[program.override]?.trim() : undefined
  const wanted = chosen || program.path
  if (existsSync(wanted)) return wanted
  if (chosen) {
    throw new Error(
      `${program.override} points at ${wanted}, which does not exist. Fix the path, or unset it to use Debian's ${program.path}.`,
    )
  }
  const command = `apt-get update && apt-get install -y ${program.debianPackage}`
  if (!canInstallWithApt()) {
    throw new Error(
      `The end-to-end tests need ${program.what} at ${program.path} and none was found.\n` +
        `Install Debian's package:  sudo sh -c '${command}'` +
        (program.override ? `\nor point ${program.override} at another copy.` : ''),
    )
  }
  console.info(`${program.what} not found at ${program.path}: installing Debian's package (${command}) …`)
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', program.debianPackage], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (!existsSync(program.path))
    throw new Error(`apt-get installed ${program.debianPackage} but ${program.path} is still missing.`)
  return program.path
}

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

export function ensureChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chromium = { what: 'Chromium', path: DEFAULT_CHROMIUM_PATH, debianPackage: 'chromium' }
  return ensureDebianProgram({ ...chromium, override: 'CHROMIUM_PATH' }, env)
}

export function ensureFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const firefox = { what: 'Firefox ESR', path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr' }
  return ensureDebianProgram({ ...firefox, override: 'FIREFOX_PATH' }, env)
}

export interface WebKitPrograms {
  /** WebKitGTK's WebDriver, which starts MiniBrowser in automation mode. */
  driver: string
  miniBrowser: string
  /** MiniBrowser has no headless mode: it draws on Xvfb's virtual display. */
  xvfb: string
}

/** MiniBrowser comes with libwebkit2gtk under the architecture's library folder (x86_64-linux-gnu, …). */
function findMiniBrowser(): string | undefined {
  return readdirSync('/usr/lib')
    .map((folder) => path.join('/usr/lib', folder, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((candidate) => existsSync(candidate))
}

export function ensureWebKit(env: NodeJS.ProcessEnv = process.env): WebKitPrograms {
  const driver = ensureDebianProgram(
    { what: "WebKitGTK's WebDriver", path: '/usr/bin/WebKitWebDriver', debianPackage: 'webkit2gtk-driver' },
    env,
  )
  const xvfb = ensureDebianProgram({ what: 'Xvfb', path: '/usr/bin/Xvfb', debianPackage: 'xvfb' }, env)
  const miniBrowser = findMiniBrowser()
  if (!miniBrowser)
    throw new Error('webkit2gtk-driver is installed, yet no WebKitGTK MiniBrowser is under /usr/lib/*/webkit2gtk-4.1/')
  return { driver, miniBrowser, xvfb }
}
