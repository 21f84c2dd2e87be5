import { afterEach, describe, expect, it, vi } from 'vitest'
import { aMessage, aRecipient } from '../../support/builders'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf, aCaregiver, aStaffHousehold, aStaffSummerApplication } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const berg = aStaffHousehold({ caregivers: [aCaregiver('Hanne Berg', { id: '00000000-0000-4000-8000-00000000d001' })] })
const haddad = aStaffHousehold({
  caregivers: [aCaregiver('Sara Haddad', { id: '00000000-0000-4000-8000-00000000d003' })],
})
const lunner = aMunicipality({
  name: 'Lunner kommune',
  summerRespite: { from: '2027-06-28', to: '2027-08-06', applicationDeadline: '2027-03-31T21:59:00.000Z' },
  contacts: [{ name: 'Tildelingskontoret', phone: '+47 61 32 40 00', email: null }],
})

const aSend = (overrides: object = {}) => ({
  id: '00000000-0000-4000-8000-00000000e001',
  clientKey: '00000000-0000-4000-8000-00000000e002',
  sentAt: '2026-11-25T09:00:00.000Z',
  sentBy: 'Tone Lunde',
  title: 'Stengt i jula',
  body: 'Avlastningsboligen er stengt 24.–26. desember.',
  householdId: null,
  householdCount: 2,
  ...overrides,
})

async function writeANotice(wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper'], to: string) {
  await eventually(() => expect(wrapper.text()).toContain('Sara Haddad'))
  await wrapper.get('select[name="to"]').setValue(to)
  await wrapper.get('input[name="title"]').setValue('Stengt i jula')
  await wrapper.get('textarea[name="body"]').setValue('Avlastningsboligen er stengt 24.–26. desember.')
  await wrapper.get('form').trigger('submit')
}

describe('the messages screen', () => {
  it('starts with no receiver chosen, so nothing goes to everyone by default', async () => {
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/households': () => aPageOf([berg, haddad]),
      'GET /staff/notices': () => aPageOf([]),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder')
    await eventually(() => expect(wrapper.text()).toContain('Sara Haddad'))
    expect((wrapper.get('select[name="to"]').element as HTMLSelectElement).value).toBe('')
    await wrapper.get('input[name="title"]').setValue('Hei')
    await wrapper.get('textarea[name="body"]').setValue('Hei')
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
  })

  it('asks before sending to every household, then sends one request the server sends to all', async () => {
    const api = fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/households': () => aPageOf([berg, haddad]),
      'GET /staff/notices': () => aPageOf([]),
      'POST /staff/notices': (call) => aSend({ clientKey: (call.body as { clientKey: string }).clientKey }),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder')
    await writeANotice(wrapper, 'all')
    expect(api.sent('POST', '/staff/notices')).toHaveLength(0)
    expect(wrapper.get('[data-testid="console-notice-confirm"]').text()).toContain(
      'Sende «Stengt i jula» til alle 2 husstander?',
    )
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ja, send')!
      .trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Beskjeden er sendt til 2 husstander.'))
    expect(api.sent('POST', '/staff/notices')).toHaveLength(1)
    expect(api.sent('POST', '/staff/notices')[0]?.body).toMatchObject({ householdId: null, title: 'Stengt i jula' })
  })

  it('tries again with the same key after a failure, so no family gets it twice', async () => {
    let fail = true
    const api = fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/households': () => aPageOf([berg, haddad]),
      'GET /staff/notices': () => aPageOf([]),
      'POST /staff/notices': () => (fail ? new Response('bad gateway', { status: 502 }) : aSend()),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder')
    await writeANotice(wrapper, haddad.id)
    expect(wrapper.get('[data-testid="console-notice-confirm"]').text()).toContain('til Sara Haddad?')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ja, send')!
      .trigger('click')
    await eventually(() => expect(wrapper.get('[role="alert"]').text()).toContain('ingen får den to ganger'))
    fail = false
    await wrapper.get('form').trigger('submit')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Ja, send')!
      .trigger('click')
    await eventually(() => expect(api.sent('POST', '/staff/notices')).toHaveLength(2))
    const [first, retry] = api.sent('POST', '/staff/notices').map((call) => call.body as { clientKey: string })
    expect(retry?.clientKey).toBe(first?.clientKey)
  })

  it('lists a notice sent to all households once', async () => {
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/households': () => aPageOf([berg, haddad]),
      'GET /staff/notices': () => aPageOf([aSend()]),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder')
    await eventually(() => expect(wrapper.findAll('[data-testid="console-notice-sent"]')).toHaveLength(1))
    expect(wrapper.get('[data-testid="console-notice-sent"]').text()).toContain('Alle husstander (2)')
    expect(wrapper.get('[data-testid="console-notice-sent"]').text()).toContain('Tone Lunde')
  })

  it('lists a notice of new rules worded from its facts, as families read it', async () => {
    const rules = aMessage({
      facts: { kind: 'rulesChanged', changeDeadline: { daysBefore: 1, time: '14:00', timeZone: 'Europe/Oslo' } },
    })
    fakeStaffApi({
      'GET /staff/households': () => aPageOf([berg, haddad]),
      'GET /staff/notices': () => aPageOf([]),
      'GET /staff/messages': () =>
        aPageOf([berg, haddad].map((household) => ({ ...rules, householdId: household.id }))),
    })
    const { wrapper } = await mountConsole('/kommune/beskjeder')
    await eventually(() => expect(wrapper.text()).toContain('Nye frister fra kommunen'))
    expect(wrapper.text()).toContain('Endringer og avlysninger må meldes senest kl. 14.00 dagen før oppholdet.')
    expect(wrapper.get('[data-testid="console-rule-notices"]').findAll('li')).toHaveLength(1)
  })
})

describe('the summer respite screen', () => {
  it('shows the season and the wished weeks, and grants an application with a note', async () => {
    const application = aStaffSummerApplication({ child: aRecipient({ name: 'Noah' }).name, householdId: haddad.id })
    const api = fakeStaffApi({
      'GET /municipality': () => lunner,
      'GET /staff/summer-applications': () => aPageOf([application]),
      [`POST /staff/summer-applications/${application.id}/answer`]: (call) => ({
        ...application,
        status: 'granted',
        answerNote: (call.body as { note: string }).note,
      }),
    })
    const { wrapper } = await mountConsole('/kommune/sommer')
    await eventually(() => expect(wrapper.text()).toContain('Noah · Venter på svar'))
    expect(wrapper.text()).toContain('Søknadsfrist: 31. mars 2027 23.59.')
    expect(wrapper.text()).toContain('(uke 28)')
    await wrapper.get('[data-testid="summer-application"] textarea').setValue('Dere får uke 28.')
    await wrapper.get('[data-testid="summer-application"] button').trigger('click')
    await eventually(() => expect(wrapper.text()).toContain('Noah · Innvilget'))
    expect(api.sent('POST', `/staff/summer-applications/${application.id}/answer`)[0]?.body).toEqual({
      status: 'granted',
      note: 'Dere får uke 28.',
    })
  })
})

describe('the information screen', () => {
  it('previews a new change deadline as the family will read it, and saves it', async () => {
    const api = fakeStaffApi({
      'GET /municipality': () => lunner,
      'PUT /staff/municipality': (call) => ({ ...lunner, ...(call.body as object) }),
    })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.get('[data-testid="information-preview"]').text()).toContain('kl. 15.00'))
    await wrapper.get('input[name="time"]').setValue('12:00')
    await wrapper.get('input[name="daysBefore"]').setValue(2)
    expect(wrapper.get('[data-testid="information-preview-deadline"]').text()).toBe(
      'Endringer og avlysninger må meldes senest kl. 12.00 2 dager før oppholdet.',
    )
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Lagret.'))
    expect(api.sent('PUT', '/staff/municipality')[0]?.body).toMatchObject({
      changeDeadline: { daysBefore: 2, time: '12:00', timeZone: 'Europe/Oslo' },
      contacts: [{ name: 'Tildelingskontoret', phone: '+47 61 32 40 00', email: null }],
    })
  })

  it('previews the rules in the language chosen for the preview, as a Nynorsk family reads them', async () => {
    fakeStaffApi({ 'GET /municipality': () => lunner })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() =>
      expect(wrapper.get('[data-testid="information-preview-deadline"]').text()).toContain('15.00'),
    )
    await wrapper.get('input[name="textsLanguage"][value="nn"]').setValue(true)
    await eventually(() =>
      expect(wrapper.get('[data-testid="information-preview-deadline"]').text()).toBe(
        'Endringar og avlysingar må meldast seinast kl. 15.00 dagen før opphaldet.',
      ),
    )
    expect(wrapper.get('[data-testid="information-preview-summer"]').text()).toBe(
      'Søk om sommaravlasting for 28. juni–6. august 2027 innan onsdag 31. mars kl. 23.59.',
    )
  })

  it('tells staff before saving that every family is told of a new deadline, and not of new contacts', async () => {
    fakeStaffApi({ 'GET /municipality': () => lunner })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() =>
      expect(wrapper.get('[data-testid="information-preview-deadline"]').text()).toContain('15.00'),
    )
    expect(wrapper.find('[data-testid="information-tells-families"]').exists()).toBe(false)
    await wrapper.get('input[name="time"]').setValue('12:00')
    expect(wrapper.get('[data-testid="information-tells-families"]').text()).toContain(
      'får alle husstandene i kommunen en beskjed om de nye fristene',
    )
    await wrapper.get('input[name="time"]').setValue('15:00')
    expect(wrapper.find('[data-testid="information-tells-families"]').exists()).toBe(false)
  })

  it('says "Lagret." only until the next edit', async () => {
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'PUT /staff/municipality': (call) => ({ ...lunner, ...(call.body as object) }),
    })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() =>
      expect(wrapper.get('[data-testid="information-preview-deadline"]').text()).toContain('15.00'),
    )
    await wrapper.get('input[name="time"]').setValue('12:00')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Lagret.'))
    await wrapper.get('input[name="daysBefore"]').setValue(3)
    await eventually(() => expect(wrapper.text()).not.toContain('Lagret.'))
  })
})
