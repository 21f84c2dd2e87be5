// Recording a child's decisions (vedtak): created, changed, and ended with a last valid day.
import { defineStore } from 'pinia'
import type { z } from 'zod'
import type { StaffDecisionCreate, StaffDecisionPatch } from '../../protocol'
import { planningRoutes } from '../../protocol/routes/planningRoutes'
import { useStaffSessionStore } from './staffSession'

export type DecisionFields = Omit<z.input<typeof StaffDecisionCreate>, 'recipientId'>

export const useConsoleDecisionsStore = defineStore('console-decisions', () => {
  const session = useStaffSessionStore()

  const create = (recipientId: string, fields: DecisionFields) =>
    session.api.call(planningRoutes.staffCreateDecision, { body: { recipientId, ...fields } })
  const change = (id: string, patch: z.input<typeof StaffDecisionPatch>) =>
    session.api.call(planningRoutes.staffPatchDecision, { params: { id }, body: patch })

  return { create, change }
})
