import { describe, expect, it } from 'vitest'
import type { ErrorBody, ImportReport } from '../../../src/protocol'
import { loadPidHashKey, pidHash } from '../../../src/server/oidc/pidHash'
import { useTestServer } from '../support/testServer'
import { exampleFiles, personNumbersIn, postImport } from './support/exampleFiles'

const world = useTestServer({ demo: true })

const planner = () => world().as('lunner-planlegger')
const refused = (report: ImportReport) =>
  report.rows.filter((row) => row.outcome === 'refused').map((row) => [row.file, row.line, row.problem?.code])

async function importedChildren(prefix: string): Promise<number> {
  const rows = await world().db.query('SELECT 1 FROM fhir_identifiers WHERE value LIKE $1', [`${prefix}-%`])
  return rows.length
}

describe('an import with bad rows', () => {
  it('imports nothing, and says which file and line each bad row is on and why', async () => {
    const files = exampleFiles('bad')
    const children = files.children.replace('14.03.2015', '31.02.2015')
    const caregivers = files.caregivers.replace(/;(\d{11});/, ';123;')
    // Sofie's stay ends before it starts.
    const stays = files.stays.replace('06.12.2026 14:00', '04.12.2026 14:00')
    const dry = await postImport(await planner(), { ...files, children, caregivers, stays }, true)
    expect(refused(dry.body as ImportReport)).toEqual([
      ['caregivers', 2, 'invalid_value'],
      ['children', 2, 'invalid_value'],
      // The refused child leaves its decision and stays nothing to belong to.
      ['decisions', 2, 'unknown_reference'],
      ['stays', 2, 'unknown_reference'],
      ['stays', 3, 'invalid_value'],
      ['stays', 4, 'unknown_reference'],
    ])
    const endsEarly = (dry.body as ImportReport).rows.find((row) => row.file === 'stays' && row.line === 3)
    expect(endsEarly?.problem?.column).toBe('end')
    const real = await postImport(await planner(), { ...files, children, caregivers, stays })
    expect(real.status).toBe(422)
    expect((real.body as ErrorBody).error).toMatchObject({ code: 'import_refused' })
    expect((real.body as ErrorBody).error.message).toContain('children line 2')
    expect(await importedChildren('bad')).toBe(0)
  })

  it('refuses a stay at a full place and a child booked twice, each with its line', async () => {
    const files = exampleFiles('full')
    const stays = [
      files.stays.trimEnd(),
      // A third child at the unit that takes two.
      'full-OPPHOLD-4;full-BARN-3;full-STED-1;04.12.2026 18:00;05.12.2026 12:00;;;;',
      // Emil, at the unit that weekend, also with the Nordbys.
      'full-OPPHOLD-5;full-BARN-1;full-STED-2;05.12.2026 10:00;06.12.2026 10:00;;;;',
    ].join('\n')
    const children = `${files.children.trimEnd()}\nfull-BARN-3;full-HUS-101;Jonas Karim;2019-01-01;\n`
    const decisions = `${files.decisions.trimEnd()}\nfull-VEDTAK-3;full-BARN-3;municipalUnit;2;stays;month;01.12.2026;;\n`
    const response = await postImport(await planner(), { ...files, stays, children, decisions }, true)
    expect(refused(response.body as ImportReport)).toEqual([
      ['stays', 5, 'place_full'],
      ['stays', 6, 'double_booked'],
    ])
  })

  it('refuses a decision that overlaps another of the same service', async () => {
    const files = exampleFiles('overlap')
    const decisions = `${files.decisions.trimEnd()}\noverlap-VEDTAK-9;overlap-BARN-2;municipalUnit;1;stays;month;2027-01-01;;\n`
    const response = await postImport(await planner(), { ...files, decisions }, true)
    expect(refused(response.body as ImportReport)).toEqual([['decisions', 4, 'decision_overlap']])
  })
})

describe('the files', () => {
  it('may have a byte order mark, commas, quoted fields and empty lines', async () => {
    const files = exampleFiles('excel')
    const places = `\uFEFF${files.places.replaceAll(';', ',').replace('Bjørkeveien 4, 2730 Lunner', '"Bjørkeveien 4, 2730 Lunner"').replace('Nordbyvegen 12, 2730 Lunner', '"Nordbyvegen 12, 2730 Lunner"')}\r\n\r\n`
    // Sofie's row ends where her allergies would be, as a spreadsheet may save it.
    const children = files.children.replace('2017-09-02;', '2017-09-02')
    const households = `\n${files.households}\n\n`
    const response = await postImport(await planner(), { places, households, children }, true)
    expect(response.status).toBe(200)
    expect((response.body as ImportReport).rows.map((row) => [row.line, row.outcome])).toEqual([
      [2, 'created'],
      [3, 'created'],
      [3, 'created'],
      [4, 'created'],
      [2, 'created'],
      [3, 'created'],
    ])
  })

  it('are refused whole (400) with a wrong header or another delimiter', async () => {
    const files = exampleFiles('header')
    for (const places of [files.places.replace('place_id', 'sted'), files.places.replaceAll(';', '\t')]) {
      const response = await postImport(await planner(), { places }, true)
      expect(response.status).toBe(400)
      expect((response.body as ErrorBody).error).toMatchObject({ code: 'invalid_request', field: 'files.places' })
    }
  })
})

describe('person numbers', () => {
  it('are kept only as the keyed hash ID-porten sign-in looks caregivers up by, and never logged', async () => {
    const files = exampleFiles('pid')
    await postImport(await planner(), files)
    const numbers = personNumbersIn(files.caregivers)
    const key = await loadPidHashKey(world().db)
    const subjects = await world().db.query<{ subject: string }>(
      `SELECT i.subject FROM user_identities i JOIN fhir_identifiers f ON f.stay_id = i.user_id::text
       WHERE f.value LIKE 'pid-FORELDER-%' ORDER BY f.value`,
    )
    expect(subjects.map((row) => row.subject)).toEqual(numbers.map((pid) => pidHash(key, pid)))
    const everything = await world().db.query<{ dump: string }>(
      `SELECT concat((SELECT json_agg(u) FROM users u), (SELECT json_agg(i) FROM user_identities i),
         (SELECT json_agg(r) FROM records r), (SELECT json_agg(l) FROM access_log l)) AS dump`,
    )
    for (const pid of numbers) {
      expect(everything[0]!.dump).not.toContain(pid)
      expect(world().logs.join('\n')).not.toContain(pid)
    }
  })

  it('are refused as ids, and the report does not repeat them', async () => {
    const files = exampleFiles('pid-as-id')
    const [pid] = personNumbersIn(files.caregivers)
    const caregivers = files.caregivers.replace('pid-as-id-FORELDER-1', pid!)
    const response = await postImport(await planner(), { ...files, caregivers }, true)
    const [first] = (response.body as ImportReport).rows.filter((row) => row.file === 'caregivers')
    expect(first).toMatchObject({ line: 2, id: null, outcome: 'refused', problem: { column: 'caregiver_id' } })
    expect(response.text).not.toContain(pid)
  })
})
