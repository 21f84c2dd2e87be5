import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/protocol'
import { useTestServer } from '../support/testServer'
import { exampleFiles, postImport } from './support/exampleFiles'

const world = useTestServer({ demo: true })

/** How much the database holds that an import writes: the records' change sequence and the rows beside them. */
async function footprint() {
  const [row] = await world().db.query(
    `SELECT (SELECT count(*) FROM records) AS records, (SELECT max(seq) FROM records) AS seq,
       (SELECT count(*) FROM households) AS households, (SELECT count(*) FROM users) AS users,
       (SELECT count(*) FROM user_identities) AS identities, (SELECT count(*) FROM fhir_identifiers) AS ids,
       (SELECT count(*) FROM place_capacities) AS capacities, (SELECT count(*) FROM access_log) AS log`,
  )
  return JSON.stringify(row)
}

const outcomes = (report: ImportReport) => report.rows.map((row) => `${row.file}:${row.line}:${row.outcome}`)

describe('importing the CSV files', () => {
  it('creates the places, households, caregivers, children, decisions and stays, row by row', async () => {
    const planner = await world().as('lunner-planlegger')
    const response = await postImport(planner, exampleFiles('good'))
    expect(response.status).toBe(200)
    const report = response.body as ImportReport
    expect(report.imported).toBe(true)
    expect(outcomes(report)).toEqual([
      'places:2:created',
      'places:3:created',
      'households:2:created',
      'households:3:created',
      'caregivers:2:created',
      'caregivers:3:created',
      'caregivers:4:created',
      'children:2:created',
      'children:3:created',
      'decisions:2:created',
      'decisions:3:created',
      'stays:2:created',
      'stays:3:created',
      'stays:4:created',
    ])
    const stays = await planner.get<{ items: { notes: string }[] }>('/staff/stays?from=2026-12-01&to=2026-12-31')
    expect(stays.body.items.map((stay) => stay.notes)).toContain('Hentes på skolen')
  })

  it('on a dry run reports what each row would do and changes nothing', async () => {
    const planner = await world().as('lunner-planlegger')
    const before = await footprint()
    const response = await postImport(planner, exampleFiles('dry'), true)
    expect(response.status).toBe(200)
    const report = response.body as ImportReport
    expect(report).toMatchObject({ dryRun: true, imported: false })
    expect(report.rows).toHaveLength(14)
    expect(report.rows.every((row) => row.outcome === 'created')).toBe(true)
    expect(await footprint()).toBe(before)
  })

  it('a second import of the same files reports every row unchanged and changes nothing', async () => {
    const planner = await world().as('lunner-planlegger')
    const files = exampleFiles('twice')
    expect((await postImport(planner, files)).status).toBe(200)
    const before = await footprint()
    const again = await postImport(planner, files)
    expect(again.status).toBe(200)
    expect((again.body as ImportReport).rows.every((row) => row.outcome === 'unchanged')).toBe(true)
    expect(await footprint()).toBe(before)
  })

  it('updates what a row changes, and the access log names the import', async () => {
    const planner = await world().as('lunner-planlegger')
    const files = exampleFiles('update')
    await postImport(planner, files)
    const moved = files.stays.replace('04.12.2026 15:00', '04.12.2026 17:00')
    const renamed = files.children.replace('Emil Nordmann', 'Emil N. Nordmann')
    const response = await postImport(planner, { ...files, stays: moved, children: renamed })
    expect(outcomes(response.body as ImportReport)).toEqual(
      expect.arrayContaining(['children:2:updated', 'children:3:unchanged', 'stays:2:updated', 'stays:3:unchanged']),
    )
    const log = await world().db.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM access_log WHERE action = 'staffImport'`,
    )
    expect(Number(log[0]!.n)).toBeGreaterThan(0)
  })

  it('is refused to read-only staff, and a family', async () => {
    const files = exampleFiles('readonly')
    expect((await postImport(await world().as('lunner-lesetilgang'), files, true)).status).toBe(403)
    expect((await postImport(await world().as('lunner-forelder-1'), files, true)).status).toBe(403)
  })

  it("keeps each municipality's ids apart: another municipality's children and places are unknown", async () => {
    const files = exampleFiles('apart')
    await postImport(await world().as('lunner-planlegger'), files)
    const gjovik = await world().as('gjovik-ansatt')
    const response = await postImport(gjovik, { stays: files.stays }, true)
    const report = response.body as ImportReport
    expect(report.rows.map((row) => [row.outcome, row.problem?.code, row.problem?.column])).toEqual([
      ['refused', 'unknown_reference', 'child_id'],
      ['refused', 'unknown_reference', 'child_id'],
      ['refused', 'unknown_reference', 'child_id'],
    ])
    const own = await postImport(gjovik, { places: files.places, households: files.households })
    expect((own.body as ImportReport).rows.every((row) => row.outcome === 'created')).toBe(true)
  })
})
