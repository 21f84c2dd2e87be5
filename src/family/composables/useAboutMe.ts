// A child and their "about me" card, live from the device (undefined until a parent has written one).
import { computed, type Ref } from 'vue'
import { db } from '../db/database'
import type { AboutMe, Recipient } from '../../protocol'
import { useLiveQuery } from '../tools/useLiveQuery'

interface AboutMeData {
  recipient: Recipient | undefined
  card: AboutMe | undefined
}

export function useAboutMe(recipientId: Ref<string>) {
  const { data, loaded } = useLiveQuery(
    async (): Promise<AboutMeData> => {
      const [recipient, card] = await Promise.all([
        db.recipients.get(recipientId.value),
        db.aboutMe.get(recipientId.value),
      ])
      return { recipient, card }
    },
    { recipient: undefined, card: undefined } as AboutMeData,
    [recipientId],
  )
  return { recipient: computed(() => data.value.recipient), card: computed(() => data.value.card), loaded }
}
