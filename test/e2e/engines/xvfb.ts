// A virtual X display for WebKitGTK's MiniBrowser, which has no headless mode; Xvfb picks a free display itself.
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

export interface VirtualDisplay {
  /** `:<number>`, for DISPLAY. */
  display: string
  stop(): void
}

export async function startXvfb(xvfbPath: string): Promise<VirtualDisplay> {
  // -displayfd: Xvfb writes the display number it took to file descriptor 3 once it is ready.
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1440x1440x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  })
  const number = await new Promise<string>((resolve, reject) => {
    let written = ''
    ;(xvfb.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      written += chunk.toString()
      if (written.includes('\n')) resolve(written.trim())
    })
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)))
  })
  return { display: `:${number}`, stop: () => xvfb.kill() }
}
