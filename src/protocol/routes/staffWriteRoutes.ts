// The municipality's side: plan, change or cancel stays, answer requests, send notices, set rules.
// Staff see and touch only their own municipality; anything else is "not found".
import { z } from 'zod'
import {
  StaffChangeRequestDecision,
  StaffMessageCreate,
  StaffMunicipalityUpdate,
  StaffStayCreate,
  StaffStayPatch,
  StaffSummerApplicationAnswer,
} from '../api'
import { PLANNING_REFUSALS } from '../errors'
import { ChangeRequest, Message, Municipality, Stay } from '../entities'
import { Id } from '../primitives'
import { StaffSummerApplication } from '../staffViews'
import { describeRoutes } from './route'

/** The path of a route about one record: `/…/:id`. */
export const ById = z.strictObject({ id: Id })

export const staffWriteRoutes = describeRoutes({
  staffCreateStay: {
    method: 'post',
    path: '/staff/stays',
    summary:
      'Plans a stay for a recipient of the municipality, refused when it collides unless overridden with a reason; the family gets it and a message',
    access: 'staff',
    body: StaffStayCreate,
    response: Stay,
    status: 201,
    errors: ['not_found', ...PLANNING_REFUSALS],
  },
  staffPatchStay: {
    method: 'patch',
    path: '/staff/stays/:id',
    summary:
      "Changes a stay's time, place, transport or notes (judged like a plan), cancels it with a reason (status cancelledByMunicipality) or reinstates it; the family gets a message",
    access: 'staff',
    params: ById,
    body: StaffStayPatch,
    response: Stay,
    errors: ['not_found', 'conflict', ...PLANNING_REFUSALS],
  },
  staffDecideChangeRequest: {
    method: 'post',
    path: '/staff/change-requests/:id/decision',
    summary:
      'Accepts or declines (with a reason) a pending change request; accepting cancels or moves the stay, judged like a plan',
    access: 'staff',
    params: ById,
    body: StaffChangeRequestDecision,
    response: ChangeRequest,
    errors: ['not_found', 'conflict', ...PLANNING_REFUSALS.filter((code) => code !== 'kind_mismatch')],
  },
  staffAnswerSummerApplication: {
    method: 'post',
    path: '/staff/summer-applications/:id/answer',
    summary:
      "Grants or declines (with a reason) a family's application for summer respite, with a note the family sees",
    access: 'staff',
    params: ById,
    body: StaffSummerApplicationAnswer,
    response: StaffSummerApplication,
    errors: ['not_found', 'conflict'],
  },
  staffSendMessage: {
    method: 'post',
    path: '/staff/messages',
    summary: 'Sends a notice to one household of the municipality',
    access: 'staff',
    body: StaffMessageCreate,
    response: Message,
    status: 201,
    errors: ['not_found'],
  },
  staffUpdateMunicipality: {
    method: 'put',
    path: '/staff/municipality',
    summary:
      "Updates the municipality's name, change deadline rule, summer respite, contacts, apply link or postal address (fields left out stay as they are)",
    access: 'staff',
    staffRoles: ['caseworker'],
    body: StaffMunicipalityUpdate,
    response: Municipality,
  },
})
