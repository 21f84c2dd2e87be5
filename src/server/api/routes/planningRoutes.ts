// The office's planning: series of stays told as one message, decisions (vedtak) kept here, each place's
// capacity, and the plan and the decisions' use as CSV for the municipality's reporting.
import { z } from 'zod'
import {
  CsvDocument,
  Decision,
  Id,
  StaffDecisionCreate,
  StaffDecisionPatch,
  StaffPlace,
  StaffPlaceCapacityUpdate,
  StaffPlanExportQuery,
  StaffStaySeries,
  StaffStaySeriesCreate,
  StaffUseExportQuery,
} from '../../../protocol'
import { isoNow } from '../../../domain/clock'
import { announceMessages } from '../../events'
import { exportPlan } from '../../staff/exports/planExport'
import { exportUse } from '../../staff/exports/useExport'
import { updatePlaceCapacity } from '../../staff/planning/placeCapacityUpdate'
import { createDecision, patchDecision } from '../../staff/staffDecisions'
import { createStaySeries } from '../../staff/staffStays'
import { defineRoute } from '../route'

const ById = z.strictObject({ id: Id })
const CSV = 'text/csv; charset=utf-8'

export const staffCreateStaySeries = defineRoute({
  name: 'staffCreateStaySeries',
  method: 'post',
  path: '/staff/stay-series',
  summary: 'Plans several stays of one child at one place at once, all or none; the family gets one message',
  access: 'staff',
  body: StaffStaySeriesCreate,
  response: StaffStaySeries,
  status: 201,
  errors: [
    'not_found',
    'past_date',
    'kind_mismatch',
    'double_booked',
    'place_closed',
    'place_full',
    'no_decision',
    'beyond_decision',
  ],
  async handle({ principal, body, deps }) {
    const outcome = await createStaySeries(deps.db, principal, body, isoNow(deps.clock))
    announceMessages(deps.events, outcome.messages, deps.log)
    return { stays: outcome.stays }
  },
})

export const staffCreateDecision = defineRoute({
  name: 'staffCreateDecision',
  method: 'post',
  path: '/staff/decisions',
  summary: "Records a child's decision (vedtak): the services, the amount per period, when it is valid, notes",
  access: 'staff',
  body: StaffDecisionCreate,
  response: Decision,
  status: 201,
  errors: ['not_found', 'conflict'],
  handle: ({ principal, body, deps }) => createDecision(deps.db, principal, body, isoNow(deps.clock)),
})

export const staffPatchDecision = defineRoute({
  name: 'staffPatchDecision',
  method: 'patch',
  path: '/staff/decisions/:id',
  summary: 'Changes a decision, or ends it (`validTo`, its last valid day); fields left out stay as they are',
  access: 'staff',
  params: ById,
  body: StaffDecisionPatch,
  response: Decision,
  errors: ['not_found', 'conflict'],
  handle: ({ principal, params, body, deps }) => patchDecision(deps.db, principal, params.id, body, isoNow(deps.clock)),
})

export const staffSetPlaceCapacity = defineRoute({
  name: 'staffSetPlaceCapacity',
  method: 'put',
  path: '/staff/places/:id/capacity',
  summary:
    "Sets a place's beds, rooms, children at a time or day places, open weekdays and closed periods (null: no limit)",
  access: 'staff',
  params: ById,
  body: StaffPlaceCapacityUpdate,
  response: StaffPlace,
  errors: ['not_found'],
  handle: ({ principal, params, body, deps }) =>
    updatePlaceCapacity(deps.db, principal, params.id, body.capacity, isoNow(deps.clock)),
})

export const staffExportPlan = defineRoute({
  name: 'staffExportPlan',
  method: 'get',
  path: '/staff/exports/plan.csv',
  summary: 'The stays from `from` to `to` (days, Norwegian time; one place or all) as CSV for Excel',
  access: 'staff',
  query: StaffPlanExportQuery,
  response: CsvDocument,
  produces: CSV,
  handle: ({ principal, query, deps }) => exportPlan(deps.db, principal, query, isoNow(deps.clock)),
})

export const staffExportUse = defineRoute({
  name: 'staffExportUse',
  method: 'get',
  path: '/staff/exports/decision-use.csv',
  summary: "Each decision's use per period (week, month, year) overlapping `from` to `to`, as CSV for Excel",
  access: 'staff',
  query: StaffUseExportQuery,
  response: CsvDocument,
  produces: CSV,
  handle: ({ principal, query, deps }) => exportUse(deps.db, principal, query, deps.clock.now()),
})

export const planningRoutes = [
  staffCreateStaySeries,
  staffCreateDecision,
  staffPatchDecision,
  staffSetPlaceCapacity,
  staffExportPlan,
  staffExportUse,
] as const
