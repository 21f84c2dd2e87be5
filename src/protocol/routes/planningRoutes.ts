// The office's planning: series of stays told as one message, decisions (vedtak) kept here, each place's
// capacity, and the plan and the decisions' use as CSV for the municipality's reporting.
import {
  StaffDecisionCreate,
  StaffDecisionPatch,
  StaffPlaceCapacityUpdate,
  StaffStaySeries,
  StaffStaySeriesCreate,
} from '../api'
import { Decision } from '../entities'
import { PLANNING_REFUSALS } from '../errors'
import { StaffPlace } from '../planning'
import { CsvDocument, StaffPlanExportQuery, StaffUseExportQuery } from '../staffViews'
import { describeRoutes } from './route'
import { ById } from './staffWriteRoutes'

/** CSV as Norwegian Excel opens it: UTF-8 with a byte order mark, semicolons between fields. */
const CSV = 'text/csv; charset=utf-8'

export const planningRoutes = describeRoutes({
  staffCreateStaySeries: {
    method: 'post',
    path: '/staff/stay-series',
    summary: 'Plans several stays of one child at one place at once, all or none; the family gets one message',
    access: 'staff',
    body: StaffStaySeriesCreate,
    response: StaffStaySeries,
    status: 201,
    errors: ['not_found', ...PLANNING_REFUSALS],
  },
  staffCreateDecision: {
    method: 'post',
    path: '/staff/decisions',
    summary: "Records a child's decision (vedtak): the services, the amount per period, when it is valid, notes",
    access: 'staff',
    body: StaffDecisionCreate,
    response: Decision,
    status: 201,
    errors: ['not_found', 'conflict'],
  },
  staffPatchDecision: {
    method: 'patch',
    path: '/staff/decisions/:id',
    summary: 'Changes a decision, or ends it (`validTo`, its last valid day); fields left out stay as they are',
    access: 'staff',
    params: ById,
    body: StaffDecisionPatch,
    response: Decision,
    errors: ['not_found', 'conflict'],
  },
  staffSetPlaceCapacity: {
    method: 'put',
    path: '/staff/places/:id/capacity',
    summary:
      "Sets a place's beds, rooms, children at a time or day places, open weekdays and closed periods (null: no limit)",
    access: 'staff',
    params: ById,
    body: StaffPlaceCapacityUpdate,
    response: StaffPlace,
    errors: ['not_found'],
  },
  staffExportPlan: {
    method: 'get',
    path: '/staff/exports/plan.csv',
    summary: 'The stays from `from` to `to` (days, Norwegian time; one place or all) as CSV for Excel',
    access: 'staff',
    query: StaffPlanExportQuery,
    response: CsvDocument,
    produces: CSV,
  },
  staffExportUse: {
    method: 'get',
    path: '/staff/exports/decision-use.csv',
    summary: "Each decision's use per period (week, month, year) overlapping `from` to `to`, as CSV for Excel",
    access: 'staff',
    query: StaffUseExportQuery,
    response: CsvDocument,
    produces: CSV,
  },
})
