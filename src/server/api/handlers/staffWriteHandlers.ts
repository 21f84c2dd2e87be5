// The municipality's side: plan, change or cancel stays, answer requests, send notices, set rules.
// Staff see and touch only their own municipality; anything else is "not found".
import { isoNow } from '../../../domain/clock'
import { staffWriteRoutes } from '../../../protocol/routes/staffWriteRoutes'
import { announceMessages } from '../../events'
import { decideChangeRequest } from '../../staff/changeRequestDecision'
import { updateMunicipality } from '../../staff/municipalitySettings'
import { sendNotice } from '../../staff/staffNotices'
import { patchStay } from '../../staff/staffStayPatch'
import { createStay } from '../../staff/staffStays'
import { answerSummerApplication } from '../../staff/summerAnswer'
import { attach, type ApiDeps } from '../route'

function announce<T extends { messages: Parameters<typeof announceMessages>[1] }>(deps: ApiDeps, outcome: T): T {
  announceMessages(deps.events, outcome.messages, deps.log)
  return outcome
}

export const staffWriteHandlers = attach(staffWriteRoutes, {
  async staffCreateStay({ principal, body, deps }) {
    return announce(deps, await createStay(deps.db, principal, body, isoNow(deps.clock))).stay
  },

  async staffPatchStay({ principal, params, body, deps }) {
    return announce(deps, await patchStay(deps.db, principal, params.id, body, isoNow(deps.clock))).stay
  },

  async staffDecideChangeRequest({ principal, params, body, deps }) {
    return announce(deps, await decideChangeRequest(deps.db, principal, params.id, body, isoNow(deps.clock)))
      .changeRequest
  },

  staffAnswerSummerApplication: ({ principal, params, body, deps }) =>
    answerSummerApplication(deps.db, principal, params.id, body, isoNow(deps.clock)),

  async staffSendMessage({ principal, body, deps }) {
    return announce(deps, await sendNotice(deps.db, principal, body, isoNow(deps.clock))).message
  },

  async staffUpdateMunicipality({ principal, body, deps }) {
    return announce(deps, await updateMunicipality(deps.db, principal, body, isoNow(deps.clock))).municipality
  },
})
