// The office's planning: series of stays told as one message, decisions (vedtak), each place's capacity,
// and the CSV exports of the plan and of the decisions' use.
import { isoNow } from '../../../domain/clock'
import { planningRoutes } from '../../../protocol/routes/planningRoutes'
import { announceMessages } from '../../events'
import { exportPlan } from '../../staff/exports/planExport'
import { exportUse } from '../../staff/exports/useExport'
import { updatePlaceCapacity } from '../../staff/planning/placeCapacityUpdate'
import { createDecision, patchDecision } from '../../staff/staffDecisions'
import { createStaySeries } from '../../staff/staffStays'
import { attach } from '../route'

export const planningHandlers = attach(planningRoutes, {
  async staffCreateStaySeries({ principal, body, deps }) {
    const outcome = await createStaySeries(deps.db, principal, body, isoNow(deps.clock))
    announceMessages(deps.events, outcome.messages, deps.log)
    return { stays: outcome.stays }
  },

  staffCreateDecision: ({ principal, body, deps }) => createDecision(deps.db, principal, body, isoNow(deps.clock)),

  staffPatchDecision: ({ principal, params, body, deps }) =>
    patchDecision(deps.db, principal, params.id, body, isoNow(deps.clock)),

  staffSetPlaceCapacity: ({ principal, params, body, deps }) =>
    updatePlaceCapacity(deps.db, principal, params.id, body.capacity, isoNow(deps.clock)),

  staffExportPlan: ({ principal, query, deps }) => exportPlan(deps.db, principal, query, isoNow(deps.clock)),

  staffExportUse: ({ principal, query, deps }) => exportUse(deps.db, principal, query, deps.clock.now()),
})
