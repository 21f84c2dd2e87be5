import { describe, expect, it } from 'vitest'
import { planFor, type Plan, type ShownNotification } from '../../../src/service-worker/notificationPlan'
import type { PushMessage } from '../../../src/protocol/push'

function aPush(overrides: Partial<PushMessage> = {}): PushMessage {
  const messageId = overrides.messageId ?? crypto.randomUUID()
  return {
    v: 1,
    kind: 'notice',
    title: 'Ny beskjed fra kommunen',
    body: 'Trykk for å lese beskjeden.',
    url: `/messages/${messageId}`,
    tag: `message-${messageId}`,
    stayId: null,
    messageId,
    sentAt: '2026-12-06T08:00:00.000Z',
    lang: 'nb',
    ...overrides,
  }
}

/** The screen after the plan: shown under its tag (replacing one with the same tag), the closed ones gone. */
function screenAfter(plan: Plan, before: ShownNotification[]): ShownNotification[] {
  const kept = before.filter((shown) => shown.tag !== plan.show.options.tag && !plan.close.includes(shown.tag))
  const { body, tag, data } = plan.show.options
  return [...kept, { title: plan.show.title, body, tag, data }]
}

function afterPushes(...pushes: (PushMessage | null)[]): ShownNotification[] {
  return pushes.reduce<ShownNotification[]>((screen, push) => screenAfter(planFor(push, screen), screen), [])
}

describe('the service worker, given a push', () => {
  it('shows a repeated message once, by showing it again in its place', () => {
    const notice = aPush()
    const once = afterPushes(notice)
    const plan = planFor(notice, once)

    expect(plan.show.options.tag).toBe(notice.tag)
    expect(screenAfter(plan, once)).toEqual(once)
  })

  it('shows a repeat even after the family swiped the first one away, since every push must show something', () => {
    const reminder = aPush({ kind: 'deadlineReminder', id: 'deadline:stay-1', tag: 'stay-1', messageId: null })
    expect(planFor(reminder, []).show.title).toBe(reminder.title)
  })

  it('never counts a repeated message twice in the notification that gathers several', () => {
    const first = aPush({ title: 'Første beskjed' })
    const second = aPush({ title: 'Andre beskjed' })
    const gathered = afterPushes(first, second)
    expect(gathered.map((shown) => shown.title)).toEqual(['2 nye beskjeder fra kommunen'])

    expect(afterPushes(first, second, first)).toEqual(gathered)
    expect(afterPushes(first, second, second)).toEqual(gathered)
  })

  it('gathers a third message with the two already gathered', () => {
    const screen = afterPushes(aPush({ title: 'En' }), aPush({ title: 'To' }), aPush({ title: 'Tre' }))
    expect(screen).toMatchObject([{ title: '3 nye beskjeder fra kommunen', body: 'Tre\nTo\nEn', tag: 'inbox' }])
  })

  it('lets a newer reminder about the same stay replace the older one', () => {
    const older = aPush({ kind: 'deadlineReminder', id: 'deadline:1', tag: 'stay-1', body: 'Fristen er i morgen' })
    const newer = aPush({ kind: 'packingReminder', id: 'packing:1', tag: 'stay-1', body: 'Husk pakkelisten' })
    expect(afterPushes(older, newer)).toMatchObject([{ tag: 'stay-1', body: 'Husk pakkelisten' }])
  })

  it('shows the newest message again when a push cannot be read, or a plain line when there is none', () => {
    const notice = aPush({ title: 'Nytt telefonnummer' })
    expect(afterPushes(notice, null)).toEqual(afterPushes(notice))
    expect(afterPushes(null)).toMatchObject([{ title: 'Pusterom', body: 'Det er nytt fra kommunen.', tag: 'inbox' }])
  })
})
