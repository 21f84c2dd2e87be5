// What the browser loads before the first screen: the JS and CSS that index.html references
// (entry script, modulepreloads, stylesheets), each with its gzipped size.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface FirstScreenChunk {
  asset: string
  bytes: number
  gzipBytes: number
}

export function firstScreenChunks(distDir: string): FirstScreenChunk[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const referenced = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  )
  return [...new Set(referenced)].map((asset) => {
    const content = readFileSync(path.join(distDir, asset))
    return { asset, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }
  })
}

export const kilobytes = (bytes: number) => +(bytes / 1024).toFixed(1)
