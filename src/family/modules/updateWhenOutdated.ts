// When the server no longer serves this app's protocol version, the app updates itself before it syncs
// again: every sync refused so (426) looks for the new version, which takes over as soon as it is there.
import type { AppSync } from '../sync/appSync'
import { updateNow } from '../tools/serviceWorkerUpdate'

export function installUpdateWhenOutdated(sync: AppSync): void {
  sync.engine.subscribe((status) => {
    if (status.problem === 'outdated') void updateNow()
  })
}
