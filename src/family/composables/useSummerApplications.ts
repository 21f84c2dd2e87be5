// Each child's summer respite application for the season, with whether it still waits on the phone.
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import { waitingIds } from '../db/outbox'
import type { Recipient, SummerApplication, SummerRespite } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'
import { useRefusalWords, type Refused } from '../tools/useRefusalWords'

export type SummerState = 'none' | 'unsent' | 'received' | 'granted' | 'declined'

export interface ChildSummer {
  recipient: Recipient
  application: SummerApplication | null
  state: SummerState
  /** Why the server refused the last application for this child, if it did, in the app's language. */
  refusal: string | null
}

interface Data {
  recipients: Recipient[]
  applications: SummerApplication[]
  unsentIds: Set<string>
  refusals: Map<string, Refused & { at: string }>
}

export function useSummerApplications(season: Ref<SummerRespite | null>) {
  const wordsOf = useRefusalWords()
  const year = computed(() => (season.value ? Number(season.value.from.slice(0, 4)) : null))
  const empty: Data = { recipients: [], applications: [], unsentIds: new Set(), refusals: new Map() }
  const { data, loaded } = useLiveQuery(
    async (): Promise<Data> => {
      const [recipients, applications, outbox, rejections] = await Promise.all([
        db.recipients.toArray(),
        year.value === null ? [] : db.summerApplications.where('year').equals(year.value).toArray(),
        db.outbox.toArray(),
        db.rejections.toArray(),
      ])
      const unsentIds = waitingIds(outbox, 'submitSummerApplication', (args) => args.applicationId)
      const refusals = new Map<string, Refused & { at: string }>()
      for (const rejection of rejections) {
        if (rejection.name !== 'submitSummerApplication') continue
        const { recipientId } = rejection.args as { recipientId: string } // args of this mutation name
        const known = refusals.get(recipientId)
        if (!known || known.at < rejection.rejectedAt)
          refusals.set(recipientId, { message: rejection.message, reason: rejection.reason, at: rejection.rejectedAt })
      }
      return { recipients, applications, unsentIds, refusals }
    },
    empty,
    [year],
  )

  const children = computed<ChildSummer[]>(() =>
    [...data.value.recipients]
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .map((recipient) => {
        const application =
          data.value.applications
            .filter((candidate) => candidate.recipientId === recipient.id)
            .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0] ?? null
        const refused = data.value.refusals.get(recipient.id)
        const refusal = refused && (!application || refused.at > application.submittedAt) ? wordsOf(refused) : null
        return { recipient, application, state: stateOf(application, data.value.unsentIds), refusal }
      }),
  )
  return { children, loaded }
}

function stateOf(application: SummerApplication | null, unsentIds: Set<string>): SummerState {
  if (!application) return 'none'
  if (application.status !== 'submitted') return application.status
  return unsentIds.has(application.id) ? 'unsent' : 'received'
}
