import { afterEach, describe, expect, it, vi } from 'vitest'
import AppReplacedEditNotice from '../../../src/family/components/app/AppReplacedEditNotice.vue'
import { db } from '../../../src/family/db/database'
import type { ReplacedEdit } from '../../../src/protocol'
import type { Locale } from '../../../src/protocol/locale'
import { mountWithApp } from '../packing/mountWithApp'

const hanne = crypto.randomUUID()
let unmount: (() => void) | undefined
afterEach(() => unmount?.())

/** Eirik kept Melatonin at 19.30 over Hanne's 20.00, at 18.00 Norwegian time on Thursday 26 November. */
function aReplacedTime(overrides: Partial<ReplacedEdit> = {}): ReplacedEdit {
  return {
    id: crypto.randomUUID(),
    entity: 'medication',
    recordId: crypto.randomUUID(),
    recordName: 'Melatonin',
    field: 'times',
    replaced: ['20:00'],
    kept: ['19:30'],
    userId: hanne,
    byName: 'Eirik Berg',
    at: '2026-11-26T17:00:00.000Z',
    seenAt: null,
    ...overrides,
  }
}

async function openAs(userId: string, locale: Locale = 'nb') {
  await db.meta.put({
    key: 'session',
    value: {
      token: 'a-token-only-this-test-knows-0000000000',
      expiresAt: '2026-12-26T18:00:00.000Z',
      user: {
        id: userId,
        name: 'Hanne Berg',
        role: 'caregiver',
        householdId: crypto.randomUUID(),
        municipalityId: crypto.randomUUID(),
      },
    },
  })
  const mounted = await mountWithApp(AppReplacedEditNotice, {}, undefined, locale)
  unmount = () => mounted.wrapper.unmount()
  return mounted.wrapper
}

describe('a change of mine the other parent replaced by keeping their own', () => {
  it('names the medicine, the field, both values, who chose and when', async () => {
    await db.replacedEdits.put(aReplacedTime())
    const wrapper = await openAs(hanne)
    await vi.waitFor(() => expect(wrapper.text()).toContain('Eirik Berg endret Melatonin'))
    expect(wrapper.find('.replaced-edit__body').text()).toBe(
      '«Tidspunkt» er nå 19.30, ikke 20.00 som du skrev. Eirik Berg valgte det tor. 26.11. kl. 18.00.',
    )
  })

  it('is told in the family’s language', async () => {
    await db.replacedEdits.put(aReplacedTime())
    const wrapper = await openAs(hanne, 'en')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Eirik Berg changed Melatonin'))
    expect(wrapper.find('.replaced-edit__body').text()).toContain('“Times” is now 19:30, not 20:00 as you wrote it.')
  })

  it('is not shown to the parent who chose, who knows', async () => {
    await db.replacedEdits.put(aReplacedTime())
    const wrapper = await openAs(crypto.randomUUID())
    await vi.waitFor(async () => expect(await db.replacedEdits.count()).toBe(1))
    expect(wrapper.find('[data-testid="replaced-edit"]').exists()).toBe(false)
  })

  it('tells a parent that a medicine they deleted was brought back', async () => {
    await db.replacedEdits.put(aReplacedTime({ field: null, replaced: null, kept: null }))
    const wrapper = await openAs(hanne)
    await vi.waitFor(() =>
      expect(wrapper.find('.replaced-edit__body').text()).toBe(
        'Eirik Berg tok tilbake Melatonin, som du hadde slettet, tor. 26.11. kl. 18.00.',
      ),
    )
  })

  it('goes away once the parent has seen it, and the server is told with the next sync', async () => {
    const replaced = aReplacedTime()
    await db.replacedEdits.put(replaced)
    const wrapper = await openAs(hanne)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="replaced-edit"]').exists()).toBe(true))
    await wrapper.find('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="replaced-edit"]').exists()).toBe(false))
    expect((await db.outbox.toArray())[0]).toMatchObject({
      name: 'markReplacedEditSeen',
      args: { replacedEditId: replaced.id },
    })
  })
})
