// The family's action on a child's "about me" card: save it on the device and queue it for the server.
import { defineStore } from 'pinia'
import { useAppTime } from '../tools/useAppTime'
import { db } from '../db/database'
import { perform } from '../db/outbox'
import type { AboutMe } from '../../protocol'

export type AboutMeDraft = Omit<AboutMe, 'id' | 'recipientId'>

export const useAboutMeStore = defineStore('aboutMe', () => {
  const time = useAppTime()

  /**
   * One card per child, its id the child's: both parents' phones edit the same record. `base` is the card
   * as the form began from it (an empty one when there was none), so only what this parent changed is sent
   * as changed (sync rule 8 by field). Answers the change's id.
   */
  async function save(recipientId: string, draft: AboutMeDraft, base: AboutMeDraft): Promise<string> {
    const card = (fields: AboutMeDraft) => ({ id: recipientId, recipientId, ...fields })
    const change = await perform(db, 'upsertAboutMe', { aboutMe: card(draft), base: card(base) }, time.clock)
    return change.id
  }

  return { save }
})
