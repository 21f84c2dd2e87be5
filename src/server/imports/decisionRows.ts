// decisions.csv: each child's decisions (vedtak), written through the console's own rule (../staff/
// staffDecisions.ts: one decision per service and day); a decision keeps its child and the day it was recorded.
import { randomUUID } from 'node:crypto'
import { Decision, QuotaPeriod, QuotaUnit, StayKind } from '../../protocol'
import { ApiError } from '../errors/apiError'
import { saveDecision } from '../staff/staffDecisions'
import { findRecord } from '../storage/records'
import type { Cells } from './csvCells'
import { sameJson, type ImportFileSpec } from './importFileSpec'
import { IMPORT_ACTION, keepId, recordOf, referenced, type ImportRun } from './importRun'
import { RowProblem, schemaProblem } from './rowProblem'

const FIELDS = {
  kinds: 'services',
  amount: 'amount',
  unit: 'unit',
  period: 'period',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  notes: 'notes',
}

async function importDecision(run: ImportRun, cells: Cells) {
  const externalId = cells.id('decision_id')
  const scope = { municipalityId: run.staff.municipalityId }
  const childId = await referenced(run, 'children', cells.id('child_id'), 'child_id')
  const child = await findRecord(run.writer.tx, 'recipient', childId, scope)
  if (!child?.householdId)
    throw new RowProblem('unknown_reference', 'child_id: the child is no longer here', 'child_id')
  const recordId = await recordOf(run, 'decisions', externalId)
  const before = recordId ? await findRecord(run.writer.tx, 'decision', recordId, scope) : null
  if (recordId && !before)
    throw new RowProblem('unknown_reference', 'decision_id: the decision is no longer here', 'decision_id')
  if (before && before.data.recipientId !== childId)
    throw new RowProblem('owner_changes', 'child_id: a decision does not move to another child', 'child_id')
  const wanted = Decision.safeParse({
    id: recordId ?? randomUUID(),
    recipientId: childId,
    kinds: cells.listOf('services', StayKind.options),
    amount: cells.number('amount'),
    unit: cells.oneOf('unit', QuotaUnit.options),
    period: cells.oneOf('period', QuotaPeriod.options),
    validFrom: cells.date('valid_from', true),
    validTo: cells.date('valid_to'),
    decidedAt: before?.data.decidedAt ?? run.now,
    notes: cells.text('notes'),
  })
  if (!wanted.success) throw schemaProblem(wanted.error, FIELDS)
  if (before && sameJson(before.data, wanted.data)) return 'unchanged' as const
  await saveDecision(run.writer, run.staff, wanted.data, child.householdId, IMPORT_ACTION, run.now).catch(
    (error: unknown) => {
      // The one conflict of a decision: another of the same service on a day of its period.
      if (error instanceof ApiError && error.code === 'conflict')
        throw new RowProblem('decision_overlap', error.message, 'valid_from')
      throw error
    },
  )
  if (!recordId) await keepId(run, 'decisions', externalId, wanted.data.id)
  return before ? ('updated' as const) : ('created' as const)
}

export const decisionRows: ImportFileSpec = {
  columns: ['decision_id', 'child_id', 'services', 'amount', 'unit', 'period', 'valid_from', 'valid_to', 'notes'],
  required: ['decision_id', 'child_id', 'services', 'amount', 'unit', 'period', 'valid_from'],
  idColumn: 'decision_id',
  fieldColumns: FIELDS,
  importRow: importDecision,
}
