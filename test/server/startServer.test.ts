import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/server/startServer'
import { ApiClient } from './support/apiClient'
import { openTestDatabase, testDatabaseKind } from './support/testDatabase'
import { testClock } from '../support/testClock'

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

function aBuiltApp(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'pusterom-dist-'))
  temporary.push(dist)
  mkdirSync(path.join(dist, 'assets'))
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><title>Pusterom</title><script type="module" src="/assets/app-1234.js"></script>',
  )
  writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log("app")')
  return dist
}

describe('starting the server', () => {
  it('serves the built app and the API on one origin, with the security headers on both', async () => {
    const db = await openTestDatabase()
    const server = await startServer({
      database: db,
      config: { distDir: aBuiltApp(), demo: true },
      clock: testClock(),
      log: () => undefined,
    })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const shell = await fetch(`${server.url}/stays/some-stay`)
      expect(await shell.text()).toContain('<title>Pusterom</title>')
      expect(shell.headers.get('cache-control')).toBe('no-cache')
      const asset = await fetch(`${server.url}/assets/app-1234.js`)
      expect(asset.headers.get('cache-control')).toContain('immutable')
      const api = await new ApiClient(server.url).post('/session', { username: 'lunner-forelder-1', password: 'demo' })
      expect(api.status).toBe(200)
      expect(api.headers.get('cache-control')).toBe('no-store')
      for (const response of [shell, asset, api])
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    } finally {
      await server.close()
      await db.close()
    }
  })

  it(
    'keeps the embedded database in DATA_DIR across restarts, and seeds the demo only the first time',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'pusterom-data-'))
      temporary.push(dataDir)
      const config = { dataDir, demo: true, databaseUrl: null }
      const first = await startServer({ config, clock: testClock(), log: () => undefined })
      const { token } = (
        await new ApiClient(first.url).post<{ token: string }>('/session', {
          username: 'gjovik-forelder-1',
          password: 'demo',
        })
      ).body
      await first.close()
      const second = await startServer({ config, clock: testClock(), log: () => undefined })
      try {
        const municipality = await new ApiClient(second.url, token).get('/municipality')
        expect(municipality.status).toBe(200)
        const [count] = await second.storage.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM municipalities',
        )
        expect(count?.count).toBe(2)
        expect(second.storage.kind).toBe('pglite')
      } finally {
        await second.close()
      }
    },
  )

  it.runIf(testDatabaseKind === 'postgres')('uses PostgreSQL when DATABASE_URL is set', async () => {
    const db = await openTestDatabase()
    const server = await startServer({ database: db, clock: testClock(), log: () => undefined })
    expect(server.storage.kind).toBe('postgres')
    await server.close()
    await db.close()
  })
})
