// The CSV import: the files judged row by row in one write of the staff member's municipality; the families
// hear of stays planned or changed once the import is committed.
import { isoNow } from '../../../domain/clock'
import { importRoutes } from '../../../protocol/routes/importRoutes'
import { announceMessages } from '../../events'
import { runImport } from '../../imports/runImport'
import { loadPidHashKey } from '../../oidc/pidHash'
import { attach } from '../route'

export const importHandlers = attach(importRoutes, {
  async staffImport({ principal, body, deps }) {
    // The sign-in's key, so an imported caregiver signs in with ID-porten; a server without sign-in reads the stored one.
    const pidKey = deps.signIn?.pidKey ?? (await loadPidHashKey(deps.db))
    const { report, messages } = await runImport(deps.db, principal, body, pidKey, isoNow(deps.clock))
    announceMessages(deps.events, messages, deps.log)
    return report
  },
})
