// The README's example CSV files (src/server/imports/examples), made new for each test: every id gets the
// test's prefix and every person number its own last digits, so each test imports records of its own.
import { readFileSync } from 'node:fs'
import { ImportFile } from '../../../../src/protocol'
import type { ApiClient } from '../../support/apiClient'

export type ImportFiles = Partial<Record<ImportFile, string>>

const EXAMPLES = new URL('../../../../src/server/imports/examples/', import.meta.url)
const ID = /\b(STED|HUS|FORELDER|BARN|VEDTAK|OPPHOLD)-(\d+)/g

let people = 0

/** The example files with ids `<prefix>-STED-1`, …, and person numbers no other test uses. */
export function exampleFiles(prefix: string): Record<ImportFile, string> {
  return Object.fromEntries(
    ImportFile.options.map((file) => {
      const text = readFileSync(new URL(`${file}.csv`, EXAMPLES), 'utf8')
      const renamed = text
        .replace(ID, `${prefix}-$1-$2`)
        .replace(/;(\d{6})\d{5};/g, (_, birth: string) => `;${birth}${String(++people).padStart(5, '0')};`)
      return [file, renamed]
    }),
  ) as Record<ImportFile, string>
}

/** The person numbers of a caregivers file, as written in it. */
export function personNumbersIn(caregivers: string): string[] {
  return [...caregivers.matchAll(/;(\d{11});/g)].map((match) => match[1]!)
}

export function postImport(client: ApiClient, files: ImportFiles, dryRun = false) {
  return client.post('/staff/imports', { files, dryRun })
}
