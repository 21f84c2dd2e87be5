// The staff member's municipality as the family sees it (rules, summer respite, contacts, information texts),
// read once per console visit and replaced by what the server answers after staff change it.
import { defineStore } from 'pinia'
import type { z } from 'zod'
import type { Municipality, StaffMunicipalityUpdate } from '../../protocol'
import { isApiError } from '../../protocol/apiError'
import { municipalityRoutes } from '../../protocol/routes/municipalityRoutes'
import { staffWriteRoutes } from '../../protocol/routes/staffWriteRoutes'
import { useStaffQuery } from '../tools/useStaffQuery'
import { useStaffSessionStore } from './staffSession'

export const useConsoleMunicipalityStore = defineStore('console-municipality', () => {
  const session = useStaffSessionStore()
  const {
    data: municipality,
    failed,
    reload,
  } = useStaffQuery<Municipality | null>(session, (api) => api.call(municipalityRoutes.getMunicipality), null)
  let loading: Promise<void> | null = null

  function load(): Promise<void> {
    loading ??= reload().then(() => {
      if (!municipality.value) loading = null // failed: the next screen tries again
    })
    return loading
  }

  async function update(change: z.infer<typeof StaffMunicipalityUpdate>): Promise<void> {
    try {
      municipality.value = await session.api.call(staffWriteRoutes.staffUpdateMunicipality, { body: change })
    } catch (error) {
      session.expired(error)
      throw error
    }
  }

  /** The server's own words for why it refused a change, where it gave any. */
  const refusal = (error: unknown): string => (isApiError(error) ? (error.details.serverMessage ?? '') : '')

  return { municipality, failed, load, update, refusal }
})
