// A change the municipality refused is told in the family's language, from the refusal's reason; a refusal
// from a server that gave no reason keeps the server's words.
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import AppRejectionNotice from '../../../src/family/components/app/AppRejectionNotice.vue'
import { db, type Rejection } from '../../../src/family/db/database'
import { createAppI18n } from '../support/appI18n'

function aRefusal(overrides: Partial<Rejection> = {}): Rejection {
  return {
    id: crypto.randomUUID(),
    name: 'requestCancellation',
    args: { changeRequestId: crypto.randomUUID(), stayId: crypto.randomUUID(), message: '' },
    code: 'conflict',
    message: 'Oppholdet er allerede avlyst.',
    reason: { key: 'stayCancelled' },
    rejectedAt: '2026-11-26T18:00:00.000Z',
    seen: false,
    ...overrides,
  }
}

async function noticeIn(locale: 'nb' | 'nn' | 'en') {
  const wrapper = mount(AppRejectionNotice, { global: { plugins: [createPinia(), createAppI18n(locale)] } })
  await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
  return wrapper
}

describe('a refused change', () => {
  it('is told in Nynorsk, not in the server’s Bokmål', async () => {
    await db.rejections.put(aRefusal())
    const wrapper = await noticeIn('nn')
    expect(wrapper.text()).toContain('Opphaldet er alt avlyst.')
    expect(wrapper.text()).not.toContain('Oppholdet er allerede avlyst.')
  })

  it('is told in English', async () => {
    await db.rejections.put(aRefusal())
    expect((await noticeIn('en')).text()).toContain('The stay is already cancelled.')
  })

  it('keeps the server’s words where it gave no reason', async () => {
    await db.rejections.put(aRefusal({ reason: undefined, message: 'Noe gikk galt.' }))
    expect((await noticeIn('en')).text()).toContain('Noe gikk galt.')
  })
})
