// /metrics in Prometheus' text format: requests by route template and status, their latency, sync pulls
// and pushes; readable from this machine, or elsewhere only with the scrape token.
import { describe, expect, it } from 'vitest'
import { useNotificationServer } from '../push/support/notificationServer'
import { labelValues, sample } from './support/prometheusText'

const world = useNotificationServer()

async function scrape(headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${world().server.url}/metrics`, { headers })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4')
  return response.text()
}

describe('the metrics', () => {
  it('count requests by route template and status, never by the path with its ids', async () => {
    const staff = await world().as('lunner-ansatt')
    const missing = '8d0c3a55-1b1e-4bd4-9a55-3c8f0d2b6e11'
    await staff.get(`/staff/households/${missing}`)
    await staff.get(`/staff/households/${missing}`)
    await world().anonymous.get('/municipality')

    const text = await scrape()
    const route = '/api/v1/staff/households/:id'
    expect(sample(text, 'http_requests_total', { method: 'GET', route, status: '404' })).toBe(2)
    expect(sample(text, 'http_requests_total', { method: 'GET', route: '/api/v1/municipality', status: '401' })).toBe(1)
    expect(sample(text, 'http_request_duration_seconds_count', { method: 'GET', route })).toBe(2)
    expect(sample(text, 'http_request_duration_seconds_bucket', { method: 'GET', route, le: '+Inf' })).toBe(2)
    expect(text).not.toContain(missing)
    for (const route of labelValues(text, 'http_requests_total', 'route')) expect(route).not.toMatch(/[0-9a-f]{8}-/)
  })

  it('count the sync pulls by status', async () => {
    const family = await world().as('lunner-forelder-1')
    const before = sample(await scrape(), 'pusterom_sync_pulls_total', { status: '200' }) ?? 0
    await family.get('/sync')
    await family.get('/sync?cursor=not-a-cursor')
    const text = await scrape()
    expect(sample(text, 'pusterom_sync_pulls_total', { status: '200' })).toBe(before + 1)
    expect(sample(text, 'pusterom_sync_pulls_total', { status: '400' })).toBe(1)
  })

  it('count the pushes handed to push services, delivered and failed', async () => {
    const phone = await world().subscribedPhone('lunner-forelder-3')
    const staff = await world().as('lunner-ansatt')
    const [subscription] = await world().db.query<{ household_id: string }>(
      `SELECT household_id FROM push_subscriptions WHERE endpoint = $1`,
      [phone.endpoint],
    )
    const household = subscription!.household_id
    await staff.post('/staff/messages', { householdId: household, title: 'Stengt fredag', body: '' })
    await world().waitForPushesTo(phone, 1)
    world().pushService.answer(new URL(phone.endpoint).pathname, 500)
    await staff.post('/staff/messages', { householdId: household, title: 'Åpent lørdag', body: '' })
    await world().pushService.waitForPushes(2)
    await world().server.notifications.outbox.run()

    const text = await scrape()
    expect(sample(text, 'pusterom_pushes_total', { outcome: 'delivered' })).toBe(1)
    expect(sample(text, 'pusterom_pushes_total', { outcome: 'failed' })).toBe(1)
    expect(sample(text, 'pusterom_pushes_total', { outcome: 'gone' })).toBe(0)
  })

  it('report the process itself (memory, CPU, event loop) beside the server’s own series', async () => {
    const text = await scrape()
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0)
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0)
  })
})
