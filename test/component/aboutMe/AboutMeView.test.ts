import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/family/db/database'
import AboutMeView from '../../../src/family/views/AboutMeView.vue'
import MedicationPrintView from '../../../src/family/views/MedicationPrintView.vue'
import { aRecipient } from '../../support/builders'
import { mountWithApp } from '../packing/mountWithApp'

const emma = aRecipient({ name: 'Emma' })

async function open(view: typeof AboutMeView) {
  await db.recipients.put(emma)
  const { wrapper } = await mountWithApp(view, { recipientId: emma.id })
  return wrapper
}

afterEach(() => vi.restoreAllMocks())

/** Writes something on the card and saves it. */
async function saveACard(wrapper: Awaited<ReturnType<typeof open>>) {
  await vi.waitFor(() => expect(wrapper.find('#about-me-calming').exists()).toBe(true))
  await wrapper.find('#about-me-calming').setValue('Musikk')
  await wrapper.find('form').trigger('submit')
}

describe('the "about me" card', () => {
  it('keeps what calms the child and who to call on the phone, queued for the other parent', async () => {
    const wrapper = await open(AboutMeView)
    await vi.waitFor(() => expect(wrapper.find('#about-me-calming').exists()).toBe(true))
    await wrapper.find('#about-me-calming').setValue('Musikk og en rolig stemme')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Legg til kontakt')!
      .trigger('click')
    await wrapper.find('#contact-name-0').setValue('Kari Berg')
    await wrapper.find('#contact-phone-0').setValue('+47 912 34 567')
    await wrapper.find('form').trigger('submit')

    await vi.waitFor(async () => expect(await db.aboutMe.get(emma.id)).toBeDefined())
    const card = await db.aboutMe.get(emma.id)
    expect(card).toMatchObject({
      recipientId: emma.id,
      calming: 'Musikk og en rolig stemme',
      emergencyContacts: [{ name: 'Kari Berg', phone: '+47 912 34 567' }],
    })
    const [queued] = await db.outbox.toArray()
    // Begun from an empty card: only what this parent wrote counts as changed against the other's card.
    expect(queued).toMatchObject({
      name: 'upsertAboutMe',
      args: { base: { id: emma.id, calming: '', emergencyContacts: [] } },
    })
  })

  it('says online that the card is being sent, and then that it was sent, never "when you are online"', async () => {
    const wrapper = await open(AboutMeView)
    await saveACard(wrapper)
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Lagret på telefonen. Sendes nå …'))
    await db.outbox.clear() // the server has answered
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('Lagret og sendt.'))
  })

  it('says offline that the card is sent once the phone is online', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const wrapper = await open(AboutMeView)
    await saveACard(wrapper)
    await vi.waitFor(() =>
      expect(wrapper.get('[role="status"]').text()).toBe('Lagret på telefonen. Sendes når du er på nett.'),
    )
  })

  it('is printed on the same sheet as the medication list', async () => {
    await db.aboutMe.put({
      id: emma.id,
      recipientId: emma.id,
      routines: '',
      communication: 'Bruker tegn til tale',
      calming: '',
      upsetting: 'Høye lyder',
      food: '',
      sleep: '',
      emergencyContacts: [{ name: 'Kari Berg', phone: '91234567' }],
    })
    const wrapper = await open(MedicationPrintView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="about-me-print"]').exists()).toBe(true))
    const printed = wrapper.find('[data-testid="about-me-print"]').text()
    expect(printed).toContain('Om meg: Emma')
    expect(printed).toContain('Bruker tegn til tale')
    expect(printed).toContain('Kari Berg: 91234567')
    expect(printed).not.toContain('Søvn')
  })
})
