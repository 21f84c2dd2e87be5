// The files of an import, by name, in the order they are read (a stay names a child and a place before it).
import type { ImportFile } from '../../protocol'
import { caregiverRows } from './caregiverRows'
import { childRows } from './childRows'
import { decisionRows } from './decisionRows'
import type { ImportFileSpec } from './importFileSpec'
import { householdRows } from './householdRows'
import { placeRows } from './placeRows'
import { stayRows } from './stayRows'

export const IMPORT_FILES: Readonly<Record<ImportFile, ImportFileSpec>> = {
  places: placeRows,
  households: householdRows,
  caregivers: caregiverRows,
  children: childRows,
  decisions: decisionRows,
  stays: stayRows,
}
