// Push: the device's outbox, applied in order, each mutation at most once.
import { MutationsRequest, MutationsResponse } from '../../../protocol'
import { isoNow } from '../../../domain/clock'
import { applyMutations } from '../../mutations/applyMutations'
import { defineRoute } from '../route'

export const pushMutations = defineRoute({
  name: 'pushMutations',
  method: 'post',
  path: '/mutations',
  summary:
    "Applies the device's mutations in order; each answers applied, duplicate (applied before) or rejected with a reason",
  access: 'caregiver',
  body: MutationsRequest,
  response: MutationsResponse,
  async handle({ principal, body, deps }) {
    return { results: await applyMutations(deps.db, principal, body.mutations, isoNow(deps.clock)) }
  },
})
