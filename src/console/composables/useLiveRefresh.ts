// Keeps what a screen shows fresh: read again when the change channel tells of a change it shows, and,
// where the screen polled before, polled as before while the channel is not live (held back, reopening).
import { onBeforeUnmount, onMounted } from 'vue'
import type { EntityName } from '../../protocol'
import { useConsoleChangesStore } from '../stores/changes'
import { usePolling } from '../tools/usePolling'

export function useLiveRefresh(
  kinds: readonly EntityName[],
  refresh: () => unknown,
  options: { pollWithoutChannelMs?: number } = {},
): void {
  const changes = useConsoleChangesStore()
  let unfollow: (() => void) | undefined
  onMounted(() => (unfollow = changes.follow(kinds, refresh)))
  onBeforeUnmount(() => unfollow?.())
  if (options.pollWithoutChannelMs !== undefined) usePolling(refresh, options.pollWithoutChannelMs, () => !changes.live)
}
