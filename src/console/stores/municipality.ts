// The staff member's municipality as the family sees it (rules, summer respite, contacts), read once
// per console visit and replaced by what the server answers after staff change it.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Municipality } from '../../protocol'
import type { StaffMunicipalityUpdate } from '../../protocol'
import type { z } from 'zod'
import { isApiError } from '../../sync/apiError'
import { useStaffSessionStore } from './staffSession'

export const useConsoleMunicipalityStore = defineStore('console-municipality', () => {
  const session = useStaffSessionStore()
  const municipality = shallowRef<Municipality | null>(null)
  let loading: Promise<void> | null = null

  function load(): Promise<void> {
    loading ??= session.staff
      .municipality()
      .then((value) => {
        municipality.value = value
      })
      .catch((error: unknown) => {
        loading = null
        session.expired(error)
      })
    return loading
  }

  async function update(change: z.infer<typeof StaffMunicipalityUpdate>): Promise<void> {
    try {
      municipality.value = await session.staff.updateMunicipality(change)
    } catch (error) {
      session.expired(error)
      throw error
    }
  }

  /** The server's own words for why it refused a change, where it gave any. */
  const refusal = (error: unknown): string => (isApiError(error) ? (error.details.serverMessage ?? '') : '')

  return { municipality, load, update, refusal }
})
