// Whether a change the family just made has left the phone: saved and waiting for a network, on its way,
// or sent, read live from the outbox, so a screen never says "sent" or "sent when online" untruly.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { isWaitingToBeSent } from '../db/outboxQueries'
import { useLiveQuery } from '../tools/useLiveQuery'
import { useOnline } from '../tools/useOnline'

export type ChangeSent = 'waitingForNetwork' | 'sending' | 'sent'

export function useChangeSent(mutationId: Ref<string | null>) {
  const online = useOnline()
  const { data } = useLiveQuery(
    async () => {
      const id = mutationId.value
      return { id, waiting: id ? await isWaitingToBeSent(db, id) : true }
    },
    { id: null as string | null, waiting: true },
    [mutationId],
  )
  return computed<ChangeSent>(() => {
    // An answer about an earlier change says nothing of this one: it waits until its own answer comes.
    const waiting = data.value.id !== mutationId.value || data.value.waiting
    if (!waiting) return 'sent'
    return online.value ? 'sending' : 'waitingForNetwork'
  })
}
