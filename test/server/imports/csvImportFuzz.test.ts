import { describe, expect, it } from 'vitest'
import { ImportFile } from '../../../src/protocol'
import { nasty } from '../support/nastyValues'
import { useTestServer } from '../support/testServer'
import { exampleFiles, postImport } from './support/exampleFiles'

const world = useTestServer({ demo: true })

/** The file with one cell of its first row replaced by `value`, quoted as CSV quotes it. */
function spoiled(text: string, column: number, value: string): string {
  const [header, first, ...rest] = text.split('\n')
  const cells = first!.split(';')
  cells[column] = `"${value.replaceAll('"', '""')}"`
  return [header, cells.join(';'), ...rest].join('\n')
}

describe('an import spoiled with values that have broken servers before', () => {
  it('answers every one with a 4xx or a report, never a 5xx', async () => {
    const planner = await world().as('lunner-planlegger')
    const files = exampleFiles('fuzz')
    const statuses = new Set<number>()
    for (const file of ImportFile.options) {
      const columns = files[file].split('\n')[0]!.split(';').length
      for (let column = 0; column < columns; column++)
        for (const value of nasty) {
          const response = await postImport(planner, { ...files, [file]: spoiled(files[file], column, value) }, true)
          expect(response.status, `${file} column ${column}: ${JSON.stringify(value.slice(0, 20))}`).toBeLessThan(500)
          statuses.add(response.status)
        }
    }
    expect([...statuses].sort()).toEqual([200, 400])
  }, 120_000)
})
