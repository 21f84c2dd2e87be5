import { describe, expect, it } from 'vitest'
import { exampleFiles, postImport } from '../imports/support/exampleFiles'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

/** The import's ids kept for the prefix's records, by the file they came from. */
async function importIdsOf(prefix: string): Promise<string[]> {
  const rows = await world().db.query<{ system: string }>(
    "SELECT system FROM fhir_identifiers WHERE value LIKE $1 || '-%' ORDER BY system, value",
    [prefix],
  )
  return rows.map((row) => row.system.replace('https://pusterom.no/import/', ''))
}

describe('deleting an imported household', () => {
  it("takes the municipality's ids of the household, its caregivers, children, decisions and stays with it, not of its places", async () => {
    const planner = await world().as('lunner-planlegger')
    expect((await postImport(planner, exampleFiles('slettes'))).status).toBe(200)
    const households = await world().db.query<{ id: string }>(
      "SELECT stay_id AS id FROM fhir_identifiers WHERE system LIKE '%/households' AND value LIKE 'slettes-%'",
    )
    for (const household of households) await world().db.query('SELECT delete_household($1)', [household.id])
    expect(await importIdsOf('slettes')).toEqual(['places', 'places'])
  })
})
