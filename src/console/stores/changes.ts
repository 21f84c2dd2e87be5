// What the console is told of changes: the change channel, open while a staff member is signed in, the
// tab is shown and a screen follows some kinds of change, and those screens, read again when told.
import { defineStore } from 'pinia'
import { shallowRef, watch } from 'vue'
import type { ChangeNotice, EntityName } from '../../protocol'
import type { ShownChangeChannel } from '../../protocol/changeChannelWhileShown'
import { useStaffSessionStore } from './staffSession'

interface Follower {
  kinds: readonly EntityName[]
  refresh: () => unknown
}

export const useConsoleChangesStore = defineStore('console-changes', () => {
  const session = useStaffSessionStore()
  /** Whether the channel is open and the server says when to read: while not, screens poll. */
  const live = shallowRef(false)
  const followers = new Set<Follower>()
  let channel: ShownChangeChannel | null = null

  const tell = (notice: ChangeNotice | null) => {
    for (const follower of [...followers])
      if (!notice || notice.kinds.length === 0 || follower.kinds.some((kind) => notice.kinds.includes(kind)))
        void follower.refresh()
  }

  function update(): void {
    const wanted = session.signedIn && followers.size > 0
    if (wanted === (channel !== null)) return
    channel?.stop()
    live.value = false
    channel = wanted
      ? session.listenForChanges({
          onNotice: tell,
          onLive(isLive) {
            live.value = isLive
            // What changed while the channel was closed (the tab hidden) was told to no one.
            if (isLive) tell(null)
          },
          // A screen's next read finds the session gone, and the console asks to sign in again.
          onSessionEnded: () => tell(null),
        })
      : null
  }
  watch(() => session.signedIn, update)

  /** Calls `refresh` whenever a change of one of `kinds` is told; answers how to stop. */
  function follow(kinds: readonly EntityName[], refresh: () => unknown): () => void {
    const follower = { kinds, refresh }
    followers.add(follower)
    update()
    return () => {
      followers.delete(follower)
      update()
    }
  }

  return { live, follow }
})
