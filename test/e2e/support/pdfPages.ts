// How many pages a printed PDF has, also where its page objects sit in compressed object streams (Firefox's).
import { inflateSync } from 'node:zlib'

function inflated(raw: string): string[] {
  const streams: string[] = []
  for (const start of raw.matchAll(/stream\r?\n/g)) {
    const from = start.index + start[0].length
    const body = Buffer.from(raw.slice(from, raw.indexOf('endstream', from)), 'latin1')
    try {
      streams.push(
        inflateSync(body, { finishFlush: 2 /* Z_SYNC_FLUSH: the body may end in a line break */ }).toString('latin1'),
      )
    } catch {
      // Not Flate (an image, a font): it holds no page objects.
    }
  }
  return streams
}

export function pdfPageCount(pdf: Uint8Array): number {
  const raw = Buffer.from(pdf).toString('latin1')
  return [raw, ...inflated(raw)].join('\n').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
}
