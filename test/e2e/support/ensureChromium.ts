// Finds Debian's Chromium for the end-to-end tests, installing it when we may; never skips.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium'

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

export function ensureChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH
  if (existsSync(wanted)) return wanted
  if (env.CHROMIUM_PATH?.trim()) {
    throw new Error(
      `CHROMIUM_PATH points at ${wanted}, which does not exist. Fix the path, or unset it to use Debian's ${DEFAULT_CHROMIUM_PATH}.`,
    )
  }
  if (!canInstallWithApt()) {
    throw new Error(
      `The end-to-end tests need Chromium at ${DEFAULT_CHROMIUM_PATH} and none was found.\n` +
        `Install Debian's package:  sudo sh -c '${INSTALL_COMMAND}'\n` +
        'or point CHROMIUM_PATH at a Chromium executable.',
    )
  }
  console.info(
    `Chromium not found at ${DEFAULT_CHROMIUM_PATH}: installing Debian's chromium package (${INSTALL_COMMAND}) …`,
  )
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (!existsSync(DEFAULT_CHROMIUM_PATH))
    throw new Error(`apt-get installed chromium but ${DEFAULT_CHROMIUM_PATH} is still missing.`)
  return DEFAULT_CHROMIUM_PATH
}
