import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { appFiles } from '../../src/server/http/appFiles'

const dist = mkdtempSync(path.join(tmpdir(), 'pusterom-dist-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('the app files', () => {
  it('reach a phone on poor signal gzipped, and still whole', async () => {
    mkdirSync(path.join(dist, 'assets'))
    const script = `console.log(${JSON.stringify('avlastning '.repeat(500))})`
    writeFileSync(path.join(dist, 'assets', 'app-1234.js'), script)
    const response = await appFiles(dist).request('/assets/app-1234.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('cache-control')).toContain('immutable')
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.length).toBeLessThan(script.length / 10)
    expect(gunzipSync(body).toString()).toBe(script)
  })
})
