// The municipality's side: plan, change or cancel stays, answer requests, send notices, set rules.
// Staff see and touch only their own municipality; anything else is "not found".
import { z } from 'zod'
import {
  ChangeRequest,
  Id,
  Message,
  Municipality,
  StaffChangeRequestDecision,
  StaffMessageCreate,
  StaffMunicipalityUpdate,
  StaffStayCreate,
  StaffStayPatch,
  StaffSummerApplication,
  StaffSummerApplicationAnswer,
  Stay,
} from '../../../protocol'
import { isoNow } from '../../../domain/clock'
import { announceMessages } from '../../events'
import { decideChangeRequest } from '../../staff/changeRequestDecision'
import { updateMunicipality } from '../../staff/municipalitySettings'
import { sendNotice } from '../../staff/staffNotices'
import { patchStay } from '../../staff/staffStayPatch'
import { createStay } from '../../staff/staffStays'
import { answerSummerApplication } from '../../staff/summerAnswer'
import { defineRoute, type ApiDeps } from '../route'

const ById = z.strictObject({ id: Id })

function announce<T extends { messages: Parameters<typeof announceMessages>[1] }>(deps: ApiDeps, outcome: T): T {
  announceMessages(deps.events, outcome.messages, deps.log)
  return outcome
}

export const staffCreateStay = defineRoute({
  name: 'staffCreateStay',
  method: 'post',
  path: '/staff/stays',
  summary: 'Plans a stay for a recipient of the municipality; the family gets it and a message',
  access: 'staff',
  body: StaffStayCreate,
  response: Stay,
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
    return announce(deps, await createStay(deps.db, principal, body, isoNow(deps.clock))).stay
  },
})

export const staffPatchStay = defineRoute({
  name: 'staffPatchStay',
  method: 'patch',
  path: '/staff/stays/:id',
  summary:
    "Changes a stay's time, place, transport or notes, or cancels it (status cancelledByMunicipality); the family gets a message",
  access: 'staff',
  params: ById,
  body: StaffStayPatch,
  response: Stay,
  errors: [
    'not_found',
    'conflict',
    'past_date',
    'kind_mismatch',
    'double_booked',
    'place_closed',
    'place_full',
    'no_decision',
    'beyond_decision',
  ],
  async handle({ principal, params, body, deps }) {
    return announce(deps, await patchStay(deps.db, principal, params.id, body, isoNow(deps.clock))).stay
  },
})

export const staffDecideChangeRequest = defineRoute({
  name: 'staffDecideChangeRequest',
  method: 'post',
  path: '/staff/change-requests/:id/decision',
  summary: 'Accepts or declines a pending change request; accepting cancels or moves the stay',
  access: 'staff',
  params: ById,
  body: StaffChangeRequestDecision,
  response: ChangeRequest,
  errors: [
    'not_found',
    'conflict',
    'past_date',
    'double_booked',
    'place_closed',
    'place_full',
    'no_decision',
    'beyond_decision',
  ],
  async handle({ principal, params, body, deps }) {
    return announce(deps, await decideChangeRequest(deps.db, principal, params.id, body, isoNow(deps.clock)))
      .changeRequest
  },
})

export const staffAnswerSummerApplication = defineRoute({
  name: 'staffAnswerSummerApplication',
  method: 'post',
  path: '/staff/summer-applications/:id/answer',
  summary: "Grants or declines a family's application for summer respite, with a note the family sees",
  access: 'staff',
  params: ById,
  body: StaffSummerApplicationAnswer,
  response: StaffSummerApplication,
  errors: ['not_found', 'conflict'],
  handle: ({ principal, params, body, deps }) =>
    answerSummerApplication(deps.db, principal, params.id, body, isoNow(deps.clock)),
})

export const staffSendMessage = defineRoute({
  name: 'staffSendMessage',
  method: 'post',
  path: '/staff/messages',
  summary: 'Sends a notice to one household of the municipality',
  access: 'staff',
  body: StaffMessageCreate,
  response: Message,
  status: 201,
  errors: ['not_found'],
  async handle({ principal, body, deps }) {
    return announce(deps, await sendNotice(deps.db, principal, body, isoNow(deps.clock))).message
  },
})

export const staffUpdateMunicipality = defineRoute({
  name: 'staffUpdateMunicipality',
  method: 'put',
  path: '/staff/municipality',
  summary:
    "Updates the municipality's name, change deadline rule, summer respite, contacts, apply link or postal address (fields left out stay as they are)",
  access: 'staff',
  body: StaffMunicipalityUpdate,
  response: Municipality,
  async handle({ principal, body, deps }) {
    return announce(deps, await updateMunicipality(deps.db, principal, body, isoNow(deps.clock))).municipality
  },
})
