// A cancellation Hanne makes offline of a stay the municipality cancels meanwhile, against the real server:
// she got what she asked, so the stay's history says so and no notice calls it a refusal.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { type ChangeRequest, type Stay } from '../../src/protocol'
import { lunnerPlaces } from '../../src/server/seed/demoTenants'
import { stableId } from '../../src/server/seed/stableId'
import { accessibilityViolations } from './support/axe'
import { onDevice } from './support/deviceData'
import { signInAndSync } from './support/parentsPhone'
import { browserForThisTest } from './support/launchChromium'
import { serveAppForThisFile } from './support/appUnderTest'
import { PLANNED_ANYWAY, staffApi } from './support/staffApi'
import { waitForServiceWorkerControl } from './support/serviceWorker'

const ida = stableId('demo/lunner/berg/ida', 'recipient')
const monday = '2026-11-23T09:00:00.000Z'
let offsetMs = Date.parse(monday) - Date.now()
const app = serveAppForThisFile({ demo: true, clock: { now: () => Date.now() + offsetMs } })
const url = (path: string) => `${app.url}${path}`

const { api, staffToken } = staffApi(app)

/** Every request on the phone about the stay. */
async function requestsOn(page: Page, stayId: string): Promise<ChangeRequest[]> {
  return (await onDevice<ChangeRequest>(page, 'changeRequests')).filter((request) => request.stayId === stayId)
}

describe('a cancellation made offline of a stay the municipality cancelled meanwhile', () => {
  it('is kept in the stay’s history as what the family asked for, not refused', async () => {
    offsetMs = Date.parse(monday) - Date.now()
    const token = await staffToken()
    const body = {
      recipientId: ida,
      placeId: lunnerPlaces.unit.id,
      kind: 'municipalUnit',
      transportTo: 'Taxi fra skolen',
      notes: '',
      // Planned in the past on purpose: every collision accepted, as staff may with a reason.
      override: PLANNED_ANYWAY,
    }
    const stay = await api<Stay>('/staff/stays', {
      method: 'POST',
      token,
      body: { ...body, start: '2026-11-27T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' },
    })
    const { page, context } = await browserForThisTest()
    await page.clock.install({ time: new Date(monday) })
    await signInAndSync(page, app.url, 'lunner-forelder-1')
    await page.goto(url(`/stays/${stay.id}`))
    await page.getByRole('link', { name: 'Oppholdet trengs ikke' }).waitFor()
    await waitForServiceWorkerControl(page)

    await context.setOffline(true)
    await page.getByRole('link', { name: 'Oppholdet trengs ikke' }).click()
    await page.getByRole('button', { name: 'Lagre og send når jeg er på nett' }).click()
    await page.waitForURL((address) => address.pathname === `/stays/${stay.id}`)
    await api(`/staff/stays/${stay.id}`, {
      method: 'PATCH',
      token,
      body: { status: 'cancelledByMunicipality', reason: 'staffShortage' },
    })

    await context.setOffline(false)
    await expect
      .poll(async () => (await requestsOn(page, stay.id))[0]?.alreadyCancelled, { timeout: 20_000 })
      .toBe(true)
    await page.getByText(/så dere har det dere ba om\.$/).waitFor()
    expect((await requestsOn(page, stay.id))[0]).toMatchObject({ type: 'cancel', status: 'accepted' })
    expect(await page.getByText('Kommunen tok ikke imot en endring').count()).toBe(0)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
