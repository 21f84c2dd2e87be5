// stays.csv: the planned stays, each planned, changed, cancelled or reinstated through the FHIR face's
// conditional update (../fhir/appointmentWrite.ts), which plans through the console's own services: the
// planning rules (a full or closed place, a child double-booked, the decision), the family's message and the
// access log, here naming the import. Times are Norwegian time unless they carry an offset.
import { ReasonCode, StayKind } from '../../protocol'
import type { AppointmentInput } from '../fhir/appointmentInput'
import { writeAppointment } from '../fhir/appointmentWrite'
import type { Cells } from './csvCells'
import type { ImportFileSpec } from './importFileSpec'
import { IMPORT_ACTION, importIdentifier, referenced, type ImportRun } from './importRun'
import { RowProblem } from './rowProblem'

const ACTIONS = { create: IMPORT_ACTION, update: IMPORT_ACTION }

function inputOf(cells: Cells, recipientId: string, placeId: string): AppointmentInput {
  const cancelled = cells.text('status') !== '' && cells.oneOf('status', ['planned', 'cancelled']) === 'cancelled'
  const kind = cells.text('kind') === '' ? undefined : cells.oneOf('kind', StayKind.options)
  const note = cells.text('cancel_note')
  const notes = cells.text('notes')
  if (notes.length > 2000) throw new RowProblem('invalid_value', 'notes: at most 2000 characters', 'notes')
  return {
    recipientId,
    placeId,
    ...(kind && { kind }),
    start: cells.instant('start'),
    end: cells.instant('end'),
    notes,
    cancelled,
    reason: cancelled ? { reason: cells.oneOf('cancel_reason', ReasonCode.options), ...(note && { note }) } : null,
  }
}

async function importStay(run: ImportRun, cells: Cells) {
  const identifier = importIdentifier('stays', cells.id('stay_id'))
  const recipientId = await referenced(run, 'children', cells.id('child_id'), 'child_id')
  const placeId = await referenced(run, 'places', cells.id('place_id'), 'place_id')
  const input = inputOf(cells, recipientId, placeId)
  const written = await writeAppointment(
    run.writer,
    run.staff,
    { identifier, body: null, ifMatch: undefined },
    input,
    run.now,
    ACTIONS,
  )
  run.messages.push(...written.messages)
  if (written.created) return 'created' as const
  return written.messages.length > 0 ? ('updated' as const) : ('unchanged' as const)
}

export const stayRows: ImportFileSpec = {
  columns: [
    'stay_id',
    'child_id',
    'place_id',
    'kind',
    'start',
    'end',
    'status',
    'cancel_reason',
    'cancel_note',
    'notes',
  ],
  required: ['stay_id', 'child_id', 'place_id', 'start', 'end'],
  idColumn: 'stay_id',
  // The conditional update speaks of the Appointment's participants and status.
  fieldColumns: {
    participant: 'child_id',
    status: 'status',
    start: 'start',
    end: 'end',
    reason: 'cancel_reason',
    note: 'cancel_note',
  },
  importRow: importStay,
}
