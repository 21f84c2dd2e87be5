import { describe, expect, it } from 'vitest'
import { aChecklistItem, aMutation, send } from './support/builders'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

describe('the request log', () => {
  it('has one line per request: method, route template, status and time — no token, id, body or query', async () => {
    const session = await world().signIn('lunner-forelder-1')
    const family = await world().family('lunner-forelder-1')
    const [ida] = family.all('recipient')
    await send(
      family.client,
      aMutation('upsertChecklistItem', { item: aChecklistItem(ida!.id, { label: 'Hemmelig medisin' }) }),
    )
    await family.client.get(`/sync?cursor=${family.cursor}`)
    const staff = await world().as('lunner-ansatt')
    await staff.patch(`/staff/stays/${family.all('stay')[0]!.id}`, { notes: 'Allergi mot nøtter' })

    const lines = world().logs
    expect(lines).toContain(
      'POST /api/v1/session 200 ' + lines.find((line) => line.startsWith('POST /api/v1/session 200'))?.split(' ')[3],
    )
    expect(lines.some((line) => /^PATCH \/api\/v1\/staff\/stays\/:id 200 \d+ms$/.test(line))).toBe(true)
    for (const line of lines) {
      expect(line).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \S+ \d{3} \d+ms$/)
      expect(line).not.toContain(session.token)
      expect(line).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
      expect(line).not.toMatch(/cursor|demo|Hemmelig|Allergi/)
    }
  })
})
