import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConsoleMessages } from '../../../src/i18n/consoleLocaleMessages'
import type { VueWrapper } from '@vue/test-utils'
import type { RespiteInformationTexts } from '../../../src/protocol'
import { aMunicipality } from '../../support/calendarBuilders'
import { aHousehold } from '../../support/calendarHousehold'
import { eventually } from '../support/eventually'
import { mountScreen } from '../support/mountScreen'
import { fakeStaffApi } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())
// The preview fetches the texts of the language it shows; on a busy machine their first import alone can take
// seconds, so it happens before the tests' clocks start.
beforeAll(() => Promise.all((['nn', 'en'] as const).map(loadConsoleMessages)))

const nb: RespiteInformationTexts = {
  about: 'Avlastning gir deg regelmessig fri.',
  expect: 'Vi har taushetsplikt.',
  assessed: 'Nattarbeid og avbrutt søvn.',
  notGrounds: '',
  apply: 'Søk elektronisk eller på papir.',
  bring: 'Egne medisiner og klær.',
  cost: 'Tjenesten er gratis.',
  transport: 'Taxi til og fra.',
}
const en: RespiteInformationTexts = { ...nb, about: 'Respite gives you regular time off.', cost: '' }
const record = {
  information: { nb, en },
  applyUrl: 'https://kommune.example.test/sok',
  paperFormUrl: 'https://kommune.example.test/skjema.pdf',
  postalAddress: 'Postboks 1, 2800 Kommunen',
  visitingAddress: 'Kauffeldts plass 1, 2815 Gjøvik',
  contacts: [{ name: 'Tildeling', phone: '+47 400 02 200', email: 'tildeling@example.test' }],
}

/** The words of the page in reading order: headings, texts and links. */
const wordsOf = (wrapper: VueWrapper, within: string, heading: string) =>
  wrapper
    .findAll(`${within} ${heading}, ${within} p, ${within} a`)
    .map((each) => [
      each.element.tagName === heading.toUpperCase() ? 'h' : each.element.tagName.toLowerCase(),
      each.text(),
      each.attributes('href') ?? '',
    ])

describe('the preview of the information page', () => {
  it('reads in English as the family’s page reads in English', async () => {
    await aHousehold(record)
    const family = await mountScreen('/om-avlastning', { now: '2026-11-23T09:00:00.000Z', locale: 'en' })
    await eventually(() => expect(family.wrapper.text()).toContain('Respite gives you regular time off.'))
    const familyWords = wordsOf(family.wrapper, '.page-stack', 'h2')
    family.wrapper.unmount()

    fakeStaffApi({ 'GET /municipality': () => aMunicipality(record) })
    const { wrapper } = await mountConsole('/kommune/informasjon')
    await eventually(() => expect(wrapper.find('input[name="textsLanguage"][value="en"]').exists()).toBe(true))
    await wrapper.get('input[name="textsLanguage"][value="en"]').setValue(true)
    await eventually(() =>
      expect(wrapper.get('[data-testid="information-preview-page"]').text()).toContain('What is respite?'),
    )
    expect(wordsOf(wrapper, '[data-testid="information-preview-page"]', 'h4')).toEqual(familyWords)
    expect(familyWords.length).toBeGreaterThan(8)
  })
})
