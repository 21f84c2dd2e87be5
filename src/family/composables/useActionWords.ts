// Names family actions in plain words for the notices that tell of them: "Avlysningen av oppholdet til Ida
// fredag 22. januar", or the record's own name; the stay is read live from the device.
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { db } from '../db/database'
import { subjectStays, type SubjectStay } from '../db/subjectStays'
import { mutationSubject } from '../../domain/mutationSubject'
import { formatDayLong } from '../../domain/norwegianDates'
import type { Mutation } from '../../protocol'
import type { Locale } from '../../protocol/locale'
import { useLiveQuery } from '../tools/useLiveQuery'

/** What an action is as the device keeps it: an outbox entry, or a refusal with the action's name and args. */
export type Action = Pick<Mutation, 'name' | 'args'>

// The device keeps name and args side by side; together they are always one of the protocol's mutations.
const subjectOf = (action: Action) => mutationSubject(action as Mutation)

export function useActionWords(actions: Ref<readonly Action[]>) {
  const { t, locale } = useI18n()
  const subjects = computed(() => actions.value.map(subjectOf))
  const { data: stays } = useLiveQuery(() => subjectStays(db, subjects.value), new Map<string, SubjectStay>(), [
    subjects,
  ])

  /** What the action was, naming its stay where the device knows it. */
  return (action: Action): string => {
    const subject = subjectOf(action)
    const stay = stays.value.get(subject.stayId ?? subject.changeRequestId ?? '')
    if (!stay) return t(`setAside.what.${subject.kind}`, { name: subject.name })
    const day = formatDayLong(stay.start, locale.value as Locale)
    return t(`setAside.whatStay.${subject.kind}`, { name: stay.recipientName, day })
  }
}
