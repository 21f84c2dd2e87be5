import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConsoleMessages } from '../../../src/i18n/consoleLocaleMessages'
import { aMunicipality, informationTexts } from '../../support/calendarBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())
// The preview fetches the texts of the language it shows; on a busy machine their first import alone can take
// seconds, so it happens before the tests' clocks start.
beforeAll(() => Promise.all((['nn', 'en'] as const).map(loadConsoleMessages)))

const lunner = aMunicipality({
  name: 'Lunner kommune',
  summerRespite: { from: '2027-06-28', to: '2027-08-06', applicationDeadline: '2027-03-31T21:59:00.000Z' },
  contacts: [{ name: 'Tildelingskontoret', phone: '+47 61 32 40 00', email: null }],
  applyUrl: 'https://www.lunner.kommune.no/soknad',
  postalAddress: 'Lunner kommune, Postboks 100, 2740 Roa',
  information: { nb: informationTexts('Avlastning gir dere en pause.', { cost: 'Avlastning er gratis.' }) },
})

function informationApi() {
  return fakeStaffApi({
    'GET /municipality': () => lunner,
    'PUT /staff/municipality': (call) => ({ ...lunner, ...(call.body as object) }),
  })
}

async function chooseLanguage(wrapper: Awaited<ReturnType<typeof mountConsole>>['wrapper'], value: string) {
  await wrapper.get(`input[name="textsLanguage"][value="${value}"]`).setValue(true)
}

describe('the information screen’s texts for families', () => {
  it('shows the family’s information page in the language chosen, with Bokmål where a language is not written', async () => {
    informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    const page = () => wrapper.get('[data-testid="information-preview-page"]')
    await eventually(() => expect(page().text()).toContain('Avlastning gir dere en pause.'))
    expect(page().text()).toContain('Hva er avlastning?')
    await chooseLanguage(wrapper, 'nn')
    await eventually(() => expect(page().text()).toContain('Kva er avlasting?'))
    expect(page().text()).toContain('Avlastning gir dere en pause.') // Nynorsk falls back to Bokmål's text
    await wrapper.get('textarea[name="information.nn.about"]').setValue('Avlasting gir dykk ein pause.')
    expect(page().text()).toContain('Avlasting gir dykk ein pause.')
    expect(page().text()).not.toContain('Avlastning gir dere en pause.')
  })

  it('keeps each topic not yet written in Nynorsk in Bokmål, as the form promises, once one topic is', async () => {
    informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    const page = () => wrapper.get('[data-testid="information-preview-page"]')
    await chooseLanguage(wrapper, 'nn')
    await wrapper.get('textarea[name="information.nn.about"]').setValue('Avlasting gir dykk ein pause.')
    await eventually(() => expect(page().text()).toContain('Kva kostar det?'))
    expect(page().text()).toContain('Avlastning er gratis.')
    expect(page().get('[lang="nb"]').text()).toBe('Avlastning er gratis.')
  })

  it('saves a Nynorsk text and keeps the Bokmål texts, the rules, the contacts and how to apply as they were', async () => {
    const api = informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('textarea[name="information.nb.about"]').exists()).toBe(true))
    await chooseLanguage(wrapper, 'nn')
    await wrapper.get('textarea[name="information.nn.about"]').setValue('Avlasting gir dykk ein pause.')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Lagret.'))
    expect(api.sent('PUT', '/staff/municipality')[0]?.body).toEqual({
      changeDeadline: lunner.changeDeadline,
      summerRespite: lunner.summerRespite,
      contacts: lunner.contacts,
      applyUrl: lunner.applyUrl,
      paperFormUrl: null,
      postalAddress: lunner.postalAddress,
      visitingAddress: null,
      information: { nb: lunner.information!.nb, nn: informationTexts('Avlasting gir dykk ein pause.') },
    })
  })

  it('says a text is too long, keeps what was typed and sends nothing', async () => {
    const api = informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('textarea[name="information.nb.cost"]').exists()).toBe(true))
    const long = 'Gratis. '.repeat(251) // 2008 characters
    await wrapper.get('textarea[name="information.nb.cost"]').setValue(long)
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.find('[data-testid="information-invalid"]').exists()).toBe(true))
    expect(wrapper.get('#problem-nb-cost').text()).toBe('Teksten er for lang: 2008 tegn, høyst 2000.')
    expect(wrapper.get('textarea[name="information.nb.cost"]').attributes('aria-invalid')).toBe('true')
    expect((wrapper.get('textarea[name="information.nb.cost"]').element as HTMLTextAreaElement).value).toBe(long)
    expect(api.sent('PUT', '/staff/municipality')).toHaveLength(0)
  })

  it('asks for what respite is when other texts in a language are written without it', async () => {
    const api = informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('textarea[name="information.nb.about"]').exists()).toBe(true))
    await chooseLanguage(wrapper, 'en')
    await wrapper.get('textarea[name="information.en.cost"]').setValue('Respite is free of charge.')
    await chooseLanguage(wrapper, 'nb') // the refused text is in English: the form opens it
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.find('#problem-en-about').exists()).toBe(true))
    expect(wrapper.get('#problem-en-about').text()).toContain('Skriv hva avlastning er')
    expect(document.activeElement).toBe(wrapper.get('textarea[name="information.en.about"]').element)
    expect(wrapper.get('textarea[name="information.en.cost"]').element).toHaveProperty(
      'value',
      'Respite is free of charge.',
    )
    expect(api.sent('PUT', '/staff/municipality')).toHaveLength(0)
  })

  it('shows the server’s reason when it refuses the change, and keeps what was typed', async () => {
    fakeStaffApi({
      'GET /municipality': () => lunner,
      'PUT /staff/municipality': () =>
        json(400, { error: { code: 'invalid_request', message: 'applyUrl: the address must be https' } }),
    })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('textarea[name="information.nb.about"]').exists()).toBe(true))
    await wrapper.get('textarea[name="information.nb.about"]').setValue('Ny tekst om avlastning.')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Kunne ikke lagre: applyUrl: the address must be https'))
    expect(wrapper.get('textarea[name="information.nb.about"]').element).toHaveProperty(
      'value',
      'Ny tekst om avlastning.',
    )
  })

  it('says when the municipality’s information could not be read', async () => {
    fakeStaffApi({ 'GET /municipality': () => json(503, { error: { code: 'unavailable', message: 'down' } }) })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.text()).toContain('Fikk ikke hentet fra tjenesten. Prøv igjen.'))
  })
})

describe('the information screen’s addresses', () => {
  it('saves the paper form’s address and the visiting address with the rest', async () => {
    const api = informationApi()
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('input[name="paperFormUrl"]').exists()).toBe(true))
    await wrapper.get('input[name="paperFormUrl"]').setValue('https://www.gjovik.kommune.no/skjema.pdf')
    await wrapper.get('textarea[name="visitingAddress"]').setValue('Kauffeldts plass 1, 2815 Gjøvik')
    await wrapper.get('form').trigger('submit')
    await eventually(() => expect(wrapper.text()).toContain('Lagret.'))
    expect(api.sent('PUT', '/staff/municipality')[0]?.body).toMatchObject({
      paperFormUrl: 'https://www.gjovik.kommune.no/skjema.pdf',
      visitingAddress: 'Kauffeldts plass 1, 2815 Gjøvik',
    })
  })
})
