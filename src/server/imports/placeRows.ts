// places.csv: the municipality's places of respite, with their capacity where the file gives one. A place's
// closed periods are the console's to set: an import keeps them.
import { randomUUID } from 'node:crypto'
import { CapacityUnit, Place, PlaceCapacity, PhoneNumber, StayKind } from '../../protocol'
import { capacitiesOf, setCapacity } from '../staff/planning/placeCapacities'
import { findRecord } from '../storage/records'
import type { Cells } from './csvCells'
import { sameJson, type ImportFileSpec } from './importFileSpec'
import { keepId, logChange, recordOf, type ImportRun } from './importRun'
import { RowProblem, schemaProblem } from './rowProblem'

const FIELDS = { name: 'name', kind: 'kind', address: 'address', phone: 'phone', notes: 'notes' }
const CAPACITY_FIELDS = { unit: 'capacity_unit', size: 'capacity_size', openDays: 'open_days' }

/** `1-5`, `1|2|3|4|5` or empty (every day): ISO weekdays, 1 is Monday. */
function openDays(cells: Cells): number[] {
  const text = cells.text('open_days')
  const range = /^([1-7])\s*-\s*([1-7])$/.exec(text)
  if (text === '') return [1, 2, 3, 4, 5, 6, 7]
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
  const days = text.split('|').map((day) => Number(day.trim()))
  if (days.some((day) => !Number.isInteger(day)))
    throw new RowProblem('invalid_value', 'open_days: expected 1-5 or 1|2|3', 'open_days')
  return days
}

function capacityOf(cells: Cells, before: PlaceCapacity | null): PlaceCapacity | null {
  if (cells.text('capacity_unit') === '') return before
  const wanted = {
    unit: cells.oneOf('capacity_unit', CapacityUnit.options),
    size: cells.number('capacity_size'),
    openDays: openDays(cells),
    closed: before?.closed ?? [],
  }
  const valid = PlaceCapacity.safeParse(wanted)
  if (!valid.success) throw schemaProblem(valid.error, CAPACITY_FIELDS)
  return { ...valid.data, openDays: [...valid.data.openDays].sort() }
}

async function importPlace(run: ImportRun, cells: Cells) {
  const externalId = cells.id('place_id')
  const { municipalityId } = run.staff
  const recordId = await recordOf(run, 'places', externalId)
  const before = recordId ? await findRecord(run.writer.tx, 'place', recordId, { municipalityId }) : null
  if (recordId && !before)
    throw new RowProblem('unknown_reference', 'place_id: the place is no longer here', 'place_id')
  const phone = cells.optional('phone')
  if (phone !== null && !PhoneNumber.safeParse(phone).success)
    throw new RowProblem('invalid_value', 'phone: expected a phone number', 'phone')
  const wanted = Place.safeParse({
    id: recordId ?? randomUUID(),
    name: cells.required('name'),
    kind: cells.oneOf('kind', StayKind.options),
    address: cells.required('address'),
    phone,
    notes: cells.text('notes'),
  })
  if (!wanted.success) throw schemaProblem(wanted.error, FIELDS)
  const place = wanted.data
  const capacityBefore = (await capacitiesOf(run.writer.tx, municipalityId, [place.id])).get(place.id) ?? null
  const capacity = capacityOf(cells, capacityBefore)
  if (before && sameJson(before.data, place) && sameJson(capacityBefore, capacity)) return 'unchanged'
  await run.writer.put('place', place, null)
  if (!sameJson(capacityBefore, capacity)) await setCapacity(run.writer.tx, municipalityId, place.id, capacity, run.now)
  if (!recordId) await keepId(run, 'places', externalId, place.id)
  await logChange(run, null, place.id)
  return before ? 'updated' : 'created'
}

export const placeRows: ImportFileSpec = {
  columns: ['place_id', 'name', 'kind', 'address', 'phone', 'notes', 'capacity_unit', 'capacity_size', 'open_days'],
  required: ['place_id', 'name', 'kind', 'address'],
  idColumn: 'place_id',
  fieldColumns: { ...FIELDS, ...CAPACITY_FIELDS },
  importRow: importPlace,
}
