// What the calendar shows: upcoming stays with their places and recipients, live from the device.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLiveQuery } from '../composables/useLiveQuery'
import { db } from '../db/database'
import { upcomingStays } from '../db/stayQueries'
import type { Place, Recipient, Stay } from '../protocol'

export interface AgendaEntry {
  stay: Stay
  place: Place | undefined
  recipient: Recipient | undefined
}

export const useCalendarStore = defineStore('calendar', () => {
  const now = () => new Date().toISOString()
  const { data: stays, loaded } = useLiveQuery(() => upcomingStays(db, now()), [] as Stay[])
  const { data: places } = useLiveQuery(() => db.places.toArray(), [] as Place[])
  const { data: recipients } = useLiveQuery(() => db.recipients.toArray(), [] as Recipient[])

  const agenda = computed<AgendaEntry[]>(() => {
    const placeById = new Map(places.value.map((place) => [place.id, place]))
    const recipientById = new Map(recipients.value.map((recipient) => [recipient.id, recipient]))
    return stays.value.map((stay) => ({
      stay,
      place: placeById.get(stay.placeId),
      recipient: recipientById.get(stay.recipientId),
    }))
  })

  return { agenda, loaded, recipients }
})
