// The CSV import: the files chosen, a trial run's report, and the import itself. The import is offered only
// after a trial run found every row good; when the server still refuses it (the data changed in between), the
// trial runs again so the report shows why.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ImportFile, ImportReport } from '../../protocol'
import { isApiError } from '../../protocol/apiError'
import { importRoutes } from '../../protocol/routes/importRoutes'
import { useStaffSessionStore } from './staffSession'

export type ImportProblem = 'noFiles' | 'unreadable' | 'refusedAll' | 'failed'

export const useConsoleImportsStore = defineStore('console-imports', () => {
  const session = useStaffSessionStore()
  const files = shallowRef<Partial<Record<ImportFile, string>>>({})
  const report = shallowRef<ImportReport | null>(null)
  const problem = shallowRef<{ kind: ImportProblem; detail?: string } | null>(null)
  const busy = shallowRef(false)

  function choose(file: ImportFile, text: string | null): void {
    const { [file]: _, ...others } = files.value
    files.value = text === null ? others : { ...others, [file]: text }
    report.value = null
  }

  const ready = () => report.value?.dryRun === true && report.value.rows.every((row) => row.outcome !== 'refused')

  async function send(dryRun: boolean): Promise<void> {
    if (Object.keys(files.value).length === 0) {
      problem.value = { kind: 'noFiles' }
      return
    }
    busy.value = true
    problem.value = null
    try {
      report.value = await session.api.call(importRoutes.staffImport, { body: { files: files.value, dryRun } })
    } catch (error) {
      if (session.expired(error)) return
      const refused = isApiError(error, 'refused') ? error.details : null
      if (refused?.code === 'import_refused') {
        problem.value = { kind: 'refusedAll' }
        report.value = await session.api.call(importRoutes.staffImport, { body: { files: files.value, dryRun: true } })
      } else if (refused?.code === 'invalid_request' || refused?.code === 'payload_too_large')
        problem.value = { kind: 'unreadable', detail: refused.serverMessage }
      else problem.value = { kind: 'failed' }
    } finally {
      busy.value = false
    }
  }

  return { files, report, problem, busy, choose, ready, tryRun: () => send(true), importNow: () => send(false) }
})
