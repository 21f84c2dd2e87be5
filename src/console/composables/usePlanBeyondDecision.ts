// Whether a plan being drawn up goes beyond the child's decisions: reads the child's decisions and the
// stays already planned in every period the plan touches, and judges them with the domain's rule.
import { computed, shallowRef, watch } from 'vue'
import { beyondDecisions, periodsSpanned, type ExistingStay } from '../../domain/planBeyondDecision'
import type { PlannedTimes } from '../../domain/staySeries'
import { NORWEGIAN_TIME_ZONE } from '../../domain/zonedTime'
import type { StaffHouseholdDetail, StayKind } from '../../protocol'
import { useConsolePlanStore } from '../stores/plan'

type ChildDecision = StaffHouseholdDetail['recipients'][number]['decisions'][number]

export function usePlanBeyondDecision(plan: () => { recipientId: string; kind: StayKind; times: PlannedTimes[] }) {
  const store = useConsolePlanStore()
  const decisions = shallowRef<ChildDecision[]>([])
  const existing = shallowRef<ExistingStay[]>([])

  watch(
    () => plan().recipientId,
    async (recipientId) => {
      decisions.value = []
      const child = store.children.find((each) => each.id === recipientId)
      if (!child) return
      const household = await store.household(child.householdId)
      if (plan().recipientId !== recipientId) return // another child was chosen meanwhile
      decisions.value = household.recipients.find((each) => each.id === recipientId)?.decisions ?? []
    },
  )

  const span = computed(() => {
    const { recipientId, kind, times } = plan()
    return periodsSpanned(decisions.value, times, recipientId, kind, NORWEGIAN_TIME_ZONE)
  })
  watch(
    () => [plan().recipientId, span.value?.from, span.value?.to] as const,
    async ([recipientId, from, to]) => {
      existing.value = []
      if (!from || !to) return
      const stays = await store.stays({ from, to, recipientId })
      if (plan().recipientId === recipientId && span.value?.from === from && span.value.to === to)
        existing.value = stays
    },
  )

  return computed(() => {
    const { recipientId, kind, times } = plan()
    return beyondDecisions(decisions.value, times, existing.value, recipientId, kind, NORWEGIAN_TIME_ZONE)
  })
}
