// A change the municipality refused is named (which stay, whose, which day), not only the reason.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import AppRejectionNotice from '../../../src/family/components/app/AppRejectionNotice.vue'
import { db, type Rejection } from '../../../src/family/db/database'
import { aChangeRequest } from '../../support/calendarBuilders'
import { aHousehold, emmasWeekend } from '../../support/calendarHousehold'
import { createAppI18n } from '../support/appI18n'
import { eventually } from '../support/eventually'

function aRefusal(overrides: Pick<Rejection, 'name' | 'args' | 'message' | 'reason'>): Rejection {
  return {
    id: crypto.randomUUID(),
    code: 'conflict',
    rejectedAt: '2026-11-26T09:00:00.000Z',
    seen: false,
    ...overrides,
  }
}

async function mountNotice(locale: 'nb' | 'en' = 'nb') {
  const wrapper = mount(AppRejectionNotice, { global: { plugins: [createPinia(), createAppI18n(locale)] } })
  await flushPromises()
  return wrapper
}

describe('a change the municipality refused', () => {
  it('names the stay it was about: whose, and the day it starts', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ status: 'cancelledByMunicipality' })
    await db.rejections.put(
      aRefusal({
        name: 'requestTimeChange',
        args: { changeRequestId: crypto.randomUUID(), stayId: stay.id, start: stay.start, end: stay.end, message: '' },
        reason: { key: 'stayCancelled' },
        message: 'Oppholdet er allerede avlyst.',
      }),
    )
    const wrapper = await mountNotice()
    await eventually(() =>
      expect(wrapper.get('[data-testid="rejection"]').text()).toBe(
        'Ønsket om nye tider for oppholdet til Emma fredag 27. november: Oppholdet er allerede avlyst.',
      ),
    )
  })

  it('names the stay of a request the family tried to take back, and says why in English', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const request = aChangeRequest({ stayId: stay.id, status: 'accepted' })
    await db.changeRequests.put(request)
    await db.rejections.put(
      aRefusal({
        name: 'withdrawChangeRequest',
        args: { changeRequestId: request.id, at: '2026-11-26T08:59:00.000Z' },
        reason: { key: 'requestAnswered' },
        message: 'Kommunen har allerede svart på forespørselen, så den kan ikke trekkes tilbake.',
      }),
    )
    const wrapper = await mountNotice('en')
    await eventually(() =>
      expect(wrapper.get('[data-testid="rejection"]').text()).toBe(
        'Taking back the request about Emma’s stay on Friday 27 November: The municipality has already answered the request, so it cannot be withdrawn.',
      ),
    )
  })
})
