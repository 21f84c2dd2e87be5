// What the family's readable copy of its data holds, read from the device: each person with their stays
// (the place, and the family's requests about each), medicines and "about me" card; the municipality's
// messages, and what the family wrote to the office. Bookkeeping (ids, sync state, the outbox) is the
// machine-readable file's.
import { newestFirst } from '../../domain/stayState'
import type { AboutMe, ChangeRequest, FamilyMessage, Medication, Message, Place, Recipient, Stay } from '../../protocol'
import type { PusteromDatabase } from './database'

export interface StayCopy {
  stay: Stay
  place: Place | undefined
  requests: ChangeRequest[]
}

export interface PersonCopy {
  recipient: Recipient
  stays: StayCopy[]
  medications: Medication[]
  aboutMe: AboutMe | undefined
}

export interface ReadableCopy {
  people: PersonCopy[]
  messages: Message[]
  /** What the parents wrote to the office, oldest first. */
  written: FamilyMessage[]
}

const byStart = (a: Stay, b: Stay) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)

export async function readableCopy(database: PusteromDatabase): Promise<ReadableCopy> {
  return database.transaction('r', database.tables, async () => {
    const [recipients, stays, places, requests, medications, cards, messages, written] = await Promise.all([
      database.recipients.toArray(),
      database.stays.toArray(),
      database.places.toArray(),
      database.changeRequests.toArray(),
      database.medications.toArray(),
      database.aboutMe.toArray(),
      database.messages.orderBy('createdAt').reverse().toArray(),
      database.familyMessages.orderBy('sentAt').toArray(),
    ])
    const placeOf = new Map(places.map((place) => [place.id, place]))
    const people = recipients
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .map((recipient) => ({
        recipient,
        stays: stays
          .filter((stay) => stay.recipientId === recipient.id)
          .sort(byStart)
          .map((stay) => ({
            stay,
            place: placeOf.get(stay.placeId),
            requests: newestFirst(requests.filter((request) => request.stayId === stay.id)),
          })),
        medications: medications.filter((medication) => medication.recipientId === recipient.id),
        aboutMe: cards.find((card) => card.recipientId === recipient.id),
      }))
    return { people, messages, written }
  })
}
