// What a member of the municipality's staff may do: caseworkers answer and keep the information, planners plan,
// read-only staff see everything and change nothing (src/protocol/routes/staffAccess.ts holds the rule).
import { z } from 'zod'

export const StaffRole = z.enum(['caseworker', 'planner', 'readOnly'])
export type StaffRole = z.infer<typeof StaffRole>
