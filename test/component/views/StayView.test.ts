import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { db } from '../../../src/family/db/database'
import { outboxTables, perform, writeAcknowledged } from '../../../src/family/db/outbox'
import { aMessage } from '../../support/builders'
import { aChangeRequest } from '../../support/calendarBuilders'
import { aHousehold, emmasWeekend, aCancellationNotSentYet } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'

// Emma's weekend starts Friday 27 November 16.00; the deadline is Thursday 26 November 15.00.
const thursdayMorning = '2026-11-26T08:00:00.000Z'
const thursday13 = '2026-11-26T12:00:00.000Z'
const someTexts = {
  about: 'Avlastning gir fri.',
  expect: '',
  assessed: '',
  notGrounds: '',
  apply: '',
  cost: '',
  transport: '',
}

async function openStay(stayId: string, now = thursdayMorning) {
  const screen = await mountScreen(`/stays/${stayId}`, { now })
  await eventually(() => expect(screen.wrapper.text()).toContain('Emma: Solsikken avlastningsbolig'))
  return screen
}

describe('the stay page', () => {
  it('shows the place with its address and a button that calls it', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Eksempelveien 1, 2740 Roa')
    const call = wrapper.get('a[href^="tel:"]')
    expect(call.attributes('href')).toBe('tel:+4740000000')
    expect(call.text()).toBe('Ring Solsikken avlastningsbolig på +47 400 00 000')
  })

  it('shows the times as Norwegians write them', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('fredag 27. november kl. 16.00')
    expect(wrapper.text()).toContain('søndag 29. november kl. 16.00')
  })

  it('shows the stay’s own transport there and home, and no promise about who pays', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ transportTo: 'Foreldrene kjører', transportFrom: null })
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Foreldrene kjører')
    expect(wrapper.text()).toContain('Ikke avtalt ennå')
    expect(wrapper.text()).not.toContain('Kommunen betaler transporten')
  })

  it('gives the municipality’s transport rule where the stay has no transport of its own', async () => {
    const transport = 'Kommunen betaler transport til og fra avlastningen. Transporten avtales med avlastningsstedet.'
    await aHousehold({ information: { nb: { ...someTexts, transport } } })
    const stay = await emmasWeekend({ transportTo: 'Foreldrene kjører', transportFrom: null })
    const { wrapper } = await openStay(stay.id)
    await eventually(() => expect(wrapper.find('[data-testid="transport-rule"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('Foreldrene kjører')
    expect(wrapper.get('[data-testid="transport-rule"]').text()).toBe(transport)
    expect(wrapper.text()).not.toContain('Ikke avtalt ennå')
  })

  it('says the change deadline as a plain sentence with the time left', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id, thursday13)
    expect(wrapper.get('[data-testid="deadline"]').text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 timer')
  })

  it('tells the family to agree changes with the place where the municipality has no deadline', async () => {
    await aHousehold({ name: 'Gjøvik kommune', changeDeadline: null })
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Kommunen har ingen fast endringsfrist. Avtal endringer direkte med stedet.')
  })

  it('shows the municipality’s answer with its note', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ status: 'changed' })
    await db.changeRequests.put(
      aChangeRequest({
        stayId: stay.id,
        type: 'changeTime',
        proposedStart: '2026-11-27T17:00:00.000Z',
        proposedEnd: '2026-11-29T15:00:00.000Z',
        status: 'accepted',
        answerNote: 'Det går fint.',
        answeredAt: '2026-11-21T09:00:00.000Z',
      }),
    )
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Endret')
    expect(wrapper.text()).toContain('Dere ba om nye tider: fre. 27.11. 18.00 – søn. 29.11. 16.00')
    expect(wrapper.text()).toContain('Godtatt av kommunen lør. 21.11. kl. 10.00')
    expect(wrapper.text()).toContain('Kommunens merknad: Det går fint.')
  })

  it('shows a declined request and keeps the stay planned', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.changeRequests.put(
      aChangeRequest({
        stayId: stay.id,
        status: 'declined',
        answerNote: 'For sent, ring oss.',
        answeredAt: '2026-11-21T09:00:00.000Z',
      }),
    )
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Planlagt')
    expect(wrapper.text()).toContain('Avslått av kommunen')
    expect(wrapper.text()).toContain('For sent, ring oss.')
  })

  it('says a request is no longer needed when the municipality changed the stay first, and offers a new one', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.changeRequests.put(
      aChangeRequest({ stayId: stay.id, status: 'overtaken', answeredAt: '2026-11-21T09:00:00.000Z' }),
    )
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Ikke lenger aktuell: kommunen endret oppholdet')
    expect(wrapper.find(`a[href="/stays/${stay.id}/request/changeTime"]`).exists()).toBe(true)
  })

  it('says a cancellation that arrived after the municipality cancelled the stay got what it asked', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ status: 'cancelledByMunicipality' })
    await db.changeRequests.put(
      aChangeRequest({
        stayId: stay.id,
        status: 'accepted',
        alreadyCancelled: true,
        receivedAt: '2026-11-25T09:00:00.000Z',
        answeredAt: '2026-11-25T09:00:00.000Z',
      }),
    )
    const { wrapper } = await openStay(stay.id)
    await eventually(() =>
      expect(wrapper.text()).toContain(
        'Oppholdet var allerede avlyst da forespørselen kom fram ons. 25.11. kl. 10.00, så dere har det dere ba om.',
      ),
    )
    expect(wrapper.text()).not.toContain('Godtatt av kommunen')
    expect(wrapper.text()).not.toContain('Etter fristen')
  })

  it('keeps a refused request in the stay’s history, with why it was refused', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ status: 'cancelledByMunicipality' })
    await db.rejections.put({
      id: crypto.randomUUID(),
      name: 'requestTimeChange',
      args: {
        changeRequestId: crypto.randomUUID(),
        stayId: stay.id,
        start: '2026-11-27T17:00:00.000Z',
        end: stay.end,
        message: '',
      },
      code: 'conflict',
      message: 'Oppholdet er allerede avlyst.',
      rejectedAt: '2026-11-25T09:00:00.000Z',
      seen: true,
    })
    const { wrapper } = await openStay(stay.id)
    await eventually(() => expect(wrapper.find('[data-testid="refused-request"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="refused-request"]').text()).toContain('Dere ba om nye tider: fre. 27.11. 18.00')
    expect(wrapper.get('[data-testid="refused-request"]').text()).toContain(
      'Kommunen tok ikke imot forespørselen ons. 25.11. kl. 10.00: Oppholdet er allerede avlyst.',
    )
  })

  it('shows a request still on the phone as not sent yet', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await aCancellationNotSentYet(stay, thursdayMorning)
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Endring meldt')
    expect(wrapper.text()).toContain('Ikke sendt ennå')
    expect(wrapper.find('a[href^="sms:"]').exists()).toBe(false)
  })

  it('says a sent request waits for the municipality’s confirmation, not that it was on time by the phone’s clock', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const request = await perform(
      db,
      'requestCancellation',
      { changeRequestId: crypto.randomUUID(), stayId: stay.id, message: '' },
      { now: () => Date.parse(thursdayMorning) },
    )
    // The server has acknowledged it; its own copy, with its verdict, has not been pulled yet.
    await db.transaction('rw', outboxTables(db), async () => {
      await db.outbox.clear()
      await writeAcknowledged(db, [request])
    })
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Sendt, venter på bekreftelse fra kommunen.')
    expect(wrapper.text()).not.toContain('Før fristen')
    expect(wrapper.text()).not.toContain('Ikke sendt ennå')
  })

  it('offers a call and a prefilled SMS when an unsent request nears the deadline', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await aCancellationNotSentYet(stay, thursday13, 'Emma er syk.')
    const { wrapper } = await openStay(stay.id, thursday13)
    expect(wrapper.text()).toContain('Forespørselen er ikke sendt ennå, og fristen er snart ute.')
    const sms = wrapper.get('a[href^="sms:"]').attributes('href') as string
    expect(sms.startsWith('sms:+4740000000?body=')).toBe(true)
    expect(decodeURIComponent(sms.split('body=')[1] as string)).toBe(
      'Hei! Emma trenger ikke oppholdet fre. 27.11. 16.00 – søn. 29.11. 16.00 på Solsikken avlastningsbolig. Melding: Emma er syk.',
    )
    expect(wrapper.findAll('a[href="tel:+4740000000"]').length).toBeGreaterThan(0)
  })

  it('turns the unsent warning urgent as the deadline comes near', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await aCancellationNotSentYet(stay, thursdayMorning)
    const { wrapper, time } = await openStay(stay.id, thursdayMorning)
    expect(wrapper.find('a[href^="sms:"]').exists()).toBe(false)
    time.set(thursday13)
    await flushPromises()
    expect(wrapper.find('a[href^="sms:"]').exists()).toBe(true)
  })

  it('links to the stay’s packing list', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.get(`a[href="/stays/${stay.id}/packing"]`).text()).toBe('Pakkeliste for oppholdet')
  })

  it('does not offer changes once the stay has begun', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id, '2026-11-28T10:00:00.000Z')
    expect(wrapper.text()).toContain('Oppholdet har begynt eller er over')
    expect(wrapper.find(`a[href="/stays/${stay.id}/request/cancel"]`).exists()).toBe(false)
  })

  it('waits for the answer to an open request before offering another', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.changeRequests.put(aChangeRequest({ stayId: stay.id }))
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Dere har en forespørsel som venter på svar fra kommunen.')
    expect(wrapper.find(`a[href="/stays/${stay.id}/request/changeTime"]`).exists()).toBe(false)
  })

  it('says a request that reached the municipality in time waits for its answer, in words, not a key', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.changeRequests.put(aChangeRequest({ stayId: stay.id, onTime: true }))
    const { wrapper } = await openStay(stay.id)
    const history = wrapper.get('[aria-labelledby="history-title"]').text()
    expect(history).toContain('Før fristen.')
    expect(history).toContain('Venter på svar fra kommunen.')
    expect(history).not.toMatch(/changeRequest\./)
  })

  it('takes back a request still waiting for an answer, and offers changes again', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const request = aChangeRequest({ stayId: stay.id })
    await db.changeRequests.put(request)
    const { wrapper } = await openStay(stay.id)
    const withdraw = wrapper.findAll('button').find((button) => button.text() === 'Trekk tilbake forespørselen')
    await withdraw?.trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Trukket tilbake av dere'))
    expect(wrapper.get('.state-badge').text()).toBe('Planlagt')
    expect(wrapper.find(`a[href="/stays/${stay.id}/request/cancel"]`).exists()).toBe(true)
    const [queued] = await db.outbox.toArray()
    expect(queued).toMatchObject({ name: 'withdrawChangeRequest', args: { changeRequestId: request.id } })
  })

  it('says what happens to a late request and gives the municipality’s number as well as the place’s', async () => {
    await aHousehold({
      contacts: [{ name: 'Tildelingskontoret', phone: '+47 400 01 100', email: null }],
    })
    const stay = await emmasWeekend()
    await db.changeRequests.put(aChangeRequest({ stayId: stay.id, onTime: false }))
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Kommunen avgjør om den kan godtas')
    expect(wrapper.get('a[href="tel:+4740001100"]').text()).toBe('Ring Tildelingskontoret på +47 400 01 100')
  })

  it('speaks Nynorsk', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ transportTo: null })
    const { wrapper } = await mountScreen(`/stays/${stay.id}`, { now: thursday13, locale: 'nn' })
    await eventually(() => expect(wrapper.text()).toContain('Emma: Solsikken avlastningsbolig'))
    expect(wrapper.get('[data-testid="deadline"]').text()).toBe('Endringsfrist: i dag kl. 15.00, om 2 timar')
    expect(wrapper.text()).toContain('Opphaldet trengst ikkje')
    expect(wrapper.text()).toContain('Ikkje avtalt enno')
  })

  it('speaks English with dates and a 24-hour clock', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await mountScreen(`/stays/${stay.id}`, { now: thursday13, locale: 'en' })
    await eventually(() => expect(wrapper.text()).toContain('Emma: Solsikken avlastningsbolig'))
    expect(wrapper.text()).toContain('Friday 27 November at 16:00')
    expect(wrapper.get('a[href^="tel:"]').text()).toBe('Call Solsikken avlastningsbolig on +47 400 00 000')
    expect(wrapper.text()).toContain('The stay is not needed')
  })

  it('names the place in the title and the kind of stay beneath it', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.get('h2').text()).toBe('Emma: Solsikken avlastningsbolig')
    expect(wrapper.text()).toContain('Avlastningsbolig')
  })

  it('states the municipality’s rule beside the deadline', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.get('[data-testid="deadline-rule"]').text()).toBe(
      'Endringer og avlysninger må meldes senest kl. 15.00 dagen før oppholdet.',
    )
  })

  it('states the rule in Nynorsk in the same words as the message that told of it', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await mountScreen(`/stays/${stay.id}`, { now: thursdayMorning, locale: 'nn' })
    await eventually(() => expect(wrapper.text()).toContain('Emma: Solsikken avlastningsbolig'))
    expect(wrapper.get('[data-testid="deadline-rule"]').text()).toBe(
      'Endringar og avlysingar må meldast seinast kl. 15.00 dagen før opphaldet.',
    )
  })

  it('shows the municipality’s notices in the stay’s history in the family’s language, not the stored Bokmål', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    await db.messages.put(
      aMessage({
        kind: 'stayChanged',
        stayId: stay.id,
        facts: {
          kind: 'stayChanged',
          stayId: stay.id,
          recipientId: stay.recipientId,
          start: stay.start,
          end: stay.end,
          placeName: 'Solsikken avlastningsbolig',
          note: 'Vi har vannlekkasje.',
          newStart: stay.start,
          newEnd: stay.end,
          placeChanged: false,
          transportChanged: true,
          detailsChanged: false,
        },
      }),
    )
    const { wrapper } = await mountScreen(`/stays/${stay.id}`, { now: thursdayMorning, locale: 'en' })
    await eventually(() => expect(wrapper.text()).toContain('The stay 27'))
    const history = wrapper.get('[aria-labelledby="history-title"]').text()
    expect(history).toContain('The municipality has changed the stay Fri 27/11 16:00 – Sun 29/11 16:00.')
    expect(history).toContain('The transport has changed.')
    expect(history).toContain('Message from the municipality: Vi har vannlekkasje.')
    expect(history).not.toMatch(/Oppholdet|Beskjed fra kommunen/)
  })

  it('says a stay that is over has ended, not that it is planned', async () => {
    await aHousehold()
    const stay = await emmasWeekend()
    const { wrapper } = await openStay(stay.id, '2026-11-30T10:00:00.000Z')
    expect(wrapper.get('.state-badge').text()).toBe('Avsluttet')
  })

  it('offers no packing list for a cancelled stay', async () => {
    await aHousehold()
    const stay = await emmasWeekend({ status: 'cancelledByMunicipality' })
    const { wrapper } = await openStay(stay.id)
    expect(wrapper.text()).toContain('Avlyst av kommunen')
    expect(wrapper.find(`a[href="/stays/${stay.id}/packing"]`).exists()).toBe(false)
  })

  it('says so when the stay is not on the phone', async () => {
    const { wrapper } = await mountScreen('/stays/00000000-0000-4000-8000-00000000ffff', { now: thursdayMorning })
    await eventually(() => expect(wrapper.text()).toContain('Fant ikke oppholdet'))
  })
})
