import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import type { ImportReport, ImportRow } from '../../../src/protocol'
import { aMunicipality } from '../../support/calendarBuilders'
import { aPageOf } from '../../support/staffBuilders'
import { eventually } from '../support/eventually'
import { fakeStaffApi, json } from './support/fakeStaffApi'
import { mountConsole } from './support/mountConsole'

afterEach(() => vi.unstubAllGlobals())

const aRow = (line: number, overrides: Partial<ImportRow> = {}): ImportRow => ({
  file: 'stays',
  line,
  id: `OPPHOLD-${line}`,
  outcome: 'created',
  ...overrides,
})

function theImport(answer: (dryRun: boolean) => ImportReport | Response) {
  return fakeStaffApi({
    'GET /municipality': () => aMunicipality(),
    'GET /staff/households': () => aPageOf([]),
    'GET /staff/change-requests': () => aPageOf([]),
    'GET /staff/family-threads': () => aPageOf([]),
    'POST /staff/imports': (call) => answer((call.body as { dryRun: boolean }).dryRun),
  })
}

async function pick(wrapper: VueWrapper, file: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = await eventually(() => wrapper.get(`[data-testid="import-file-${file}"]`))
  Object.defineProperty(input.element, 'files', { value: [new File([content], `${file}.csv`)] })
  await input.trigger('change')
}

const stays = 'stay_id;child_id;place_id;start;end\nOPPHOLD-2;BARN-1;STED-1;04.12.2026 15:00;06.12.2026 15:00\n'

describe('the import screen', () => {
  it('shows the trial run row by row with line numbers, says why a row is refused, and offers no import', async () => {
    const api = theImport(() => ({
      dryRun: true,
      imported: false,
      rows: [
        aRow(2),
        aRow(3, {
          outcome: 'refused',
          problem: { code: 'place_full', detail: 'Bjørkely has no room (2 children) on 2026-12-04' },
        }),
        aRow(4, {
          outcome: 'refused',
          problem: { code: 'invalid_value', column: 'start', detail: 'start: expected a day and a time' },
        }),
      ],
    }))
    const { wrapper } = await mountConsole('/kommune/import')
    await pick(wrapper, 'stays', stays)
    await wrapper.get('[data-testid="import-try"]').trigger('click')
    await eventually(() => expect(wrapper.findAll('[data-testid="import-row"]')).toHaveLength(3))
    expect(api.sent('POST', '/staff/imports')[0]!.body).toEqual({ files: { stays }, dryRun: true })
    const [good, full, bad] = wrapper.findAll('[data-testid="import-row"]').map((row) => row.text())
    expect(good).toMatch(/Opphold\s*2\s*OPPHOLD-2\s*Ny/)
    expect(full).toContain('Stedet er fullt')
    expect(bad).toContain('Ugyldig verdi (Kolonne start)')
    expect(wrapper.get('[data-testid="import-summary"]').text()).toBe('1 nye, 0 endret, 0 uendret, 2 avvist')
    expect(wrapper.get('[data-testid="import-now"]').attributes('disabled')).toBeDefined()
  })

  it('imports once the trial run found every row good', async () => {
    const api = theImport((dryRun) => ({ dryRun, imported: !dryRun, rows: [aRow(2)] }))
    const { wrapper } = await mountConsole('/kommune/import', { locale: 'en' })
    await pick(wrapper, 'stays', stays)
    await wrapper.get('[data-testid="import-try"]').trigger('click')
    await eventually(() => expect(wrapper.get('[data-testid="import-now"]').attributes('disabled')).toBeUndefined())
    await wrapper.get('[data-testid="import-now"]').trigger('click')
    await eventually(() => expect(wrapper.find('[data-testid="import-done"]').exists()).toBe(true))
    expect(api.sent('POST', '/staff/imports').map((call) => (call.body as { dryRun: boolean }).dryRun)).toEqual([
      true,
      false,
    ])
    expect(wrapper.text()).toContain('This was imported.')
  })

  it('offers read-only staff no files to import', async () => {
    theImport(() => ({ dryRun: true, imported: false, rows: [] }))
    const { wrapper } = await mountConsole('/kommune/import', { staffRole: 'readOnly' })
    await eventually(() => expect(wrapper.text()).toContain('Du har lesetilgang og kan ikke importere.'))
    expect(wrapper.find('[data-testid="import-try"]').exists()).toBe(false)
  })

  it('reads a file Norwegian Excel saved as plain CSV (Windows-1252) with its æ, ø and å', async () => {
    const api = theImport(() => ({ dryRun: true, imported: false, rows: [] }))
    const { wrapper } = await mountConsole('/kommune/import')
    // "place_id;name\nSTED-1;Bjørkely" with ø as the one byte 0xF8.
    const bytes = Uint8Array.from(
      [...'place_id;name\nSTED-1;Bj']
        .map((c) => c.charCodeAt(0))
        .concat(0xf8, ...[...'rkely\n'].map((c) => c.charCodeAt(0))),
    )
    await pick(wrapper, 'places', bytes)
    await wrapper.get('[data-testid="import-try"]').trigger('click')
    await eventually(() => expect(api.sent('POST', '/staff/imports')).toHaveLength(1))
    expect(api.sent('POST', '/staff/imports')[0]!.body).toEqual({
      files: { places: 'place_id;name\nSTED-1;Bjørkely\n' },
      dryRun: true,
    })
  })

  it('when the import is refused after all (the data changed since the trial), says so and shows the new report', async () => {
    let trials = 0
    const full = aRow(2, { outcome: 'refused', problem: { code: 'place_full', detail: 'no room' } })
    const api = theImport((dryRun) => {
      if (!dryRun)
        return json(422, { error: { code: 'import_refused', message: 'Nothing was imported: stays line 2' } })
      trials += 1
      return { dryRun: true, imported: false, rows: [trials === 1 ? aRow(2) : full] }
    })
    const { wrapper } = await mountConsole('/kommune/import')
    await pick(wrapper, 'stays', stays)
    await wrapper.get('[data-testid="import-try"]').trigger('click')
    await eventually(() => expect(wrapper.get('[data-testid="import-now"]').attributes('disabled')).toBeUndefined())
    await wrapper.get('[data-testid="import-now"]').trigger('click')
    await eventually(() =>
      expect(wrapper.get('[data-testid="import-problem"]').text()).toContain('Ingenting ble importert'),
    )
    expect(api.sent('POST', '/staff/imports')).toHaveLength(3)
    expect(wrapper.get('[data-testid="import-row"]').text()).toContain('Stedet er fullt')
  })
})
