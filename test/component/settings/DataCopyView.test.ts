// The family's copy of its data to read and print: names, Norwegian times and headings in the app's
// language, not ids, UTC times or field names.
import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import { aChangeRequest } from '../../support/calendarBuilders'
import { aHousehold, emma, emmasWeekend } from '../../support/calendarHousehold'
import { aMedication, anAboutMeCard } from '../../support/packingBuilders'
import { aMessage } from '../../unit/sync/builders'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

const monday = '2026-11-23T09:00:00.000Z'

async function aFamilyWithData() {
  await aHousehold()
  const stay = await emmasWeekend()
  await db.changeRequests.put(
    aChangeRequest({ stayId: stay.id, status: 'declined', answeredAt: '2026-11-24T10:30:00.000Z' }),
  )
  await db.medications.put(aMedication({ recipientId: emma.id, name: 'Orfiril', times: ['08:00'] }))
  await db.aboutMe.put(anAboutMeCard(emma.id, { calming: 'Musikk og en stille krok.' }))
  await db.messages.put(aMessage({ title: 'Juleavslutning', createdAt: '2026-11-20T08:00:00.000Z' }))
  return stay
}

async function openCopy(locale: 'nb' | 'en' = 'nb') {
  const screen = await mountScreen('/more/data', { now: monday, locale })
  await eventually(() => expect(screen.wrapper.findAll('[data-testid="copy-stay"]')).toHaveLength(1))
  return screen
}

describe("the family's readable copy of its data", () => {
  it('lists each person’s stays with the place and the state, in Norwegian times and headings', async () => {
    await aFamilyWithData()
    const { wrapper } = await openCopy()
    expect(wrapper.get('h1').text()).toBe('Familiens data i Pusterom')
    expect(wrapper.text()).toContain('Hentet fra denne telefonen 23. november 2026 10.00.')
    const emmas = wrapper.findAll('[data-testid="copy-person"]').find((person) => person.text().includes('Emma'))
    expect(emmas?.get('[data-testid="copy-stay"]').text()).toContain('fre. 27.11. 16.00 – søn. 29.11. 16.00 – Planlagt')
    expect(emmas?.text()).toContain('Sted: Solsikken avlastningsbolig')
  })

  it('holds the family’s requests with the answer, the medicines and the “about me” card', async () => {
    await aFamilyWithData()
    const { wrapper } = await openCopy()
    expect(wrapper.text()).toContain('Avslått av kommunen tir. 24.11. kl. 11.30')
    expect(wrapper.text()).toContain('Orfiril')
    expect(wrapper.text()).toContain('Musikk og en stille krok.')
    expect(wrapper.get('[data-testid="copy-message"]').text()).toContain('Juleavslutning')
  })

  it('holds what the parents wrote to the office, with who wrote it and when', async () => {
    await aFamilyWithData()
    const id = crypto.randomUUID()
    await db.familyMessages.put({
      id,
      threadId: id,
      recipientId: emma.id,
      body: 'Emma har fått ny rullestol.',
      authorName: 'Hanne Berg',
      sentAt: '2026-11-22T18:15:00.000Z',
    })
    const { wrapper } = await openCopy()
    const written = wrapper.get('[data-testid="copy-written"]').text()
    expect(written).toContain('Emma har fått ny rullestol.')
    expect(written).toContain('Hanne Berg · 22. november 2026 19.15')
  })

  it('shows no ids, UTC times or field names', async () => {
    const stay = await aFamilyWithData()
    const { wrapper } = await openCopy()
    expect(wrapper.text()).not.toContain(stay.id)
    expect(wrapper.text()).not.toContain(emma.id)
    expect(wrapper.text()).not.toMatch(/\d{4}-\d\d-\d\dT/)
    expect(wrapper.text()).not.toMatch(/recipientId|placeId|status/)
  })

  it('speaks English with Norwegian dates and a 24-hour clock', async () => {
    await aFamilyWithData()
    const { wrapper } = await openCopy('en')
    expect(wrapper.get('h1').text()).toBe('Your family’s data in Pusterom')
    expect(wrapper.text()).toContain('Stays')
    expect(wrapper.text()).toContain('Place: Solsikken avlastningsbolig')
    expect(wrapper.text()).toContain('Messages from the municipality')
  })
})

describe('the section on More', () => {
  it('leads to the readable copy beside the machine-readable file', async () => {
    const { wrapper } = await mountScreen('/more', { now: monday })
    await eventually(() => expect(wrapper.find('a[href="/more/data"]').exists()).toBe(true))
    expect(wrapper.get('a[href="/more/data"]').text()).toBe('Se og skriv ut dataene')
    expect(wrapper.text()).toContain('Last ned dataene (JSON)')
  })
})
