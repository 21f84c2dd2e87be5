// Everything the stay page shows about one stay, read in one go so it updates as one.
import { newestFirst } from '../../domain/stayState'
import type { ChangeRequest, Message, Municipality, Place, Recipient, Stay } from '../../protocol'
import { awaitingRequestIds, unsentRequestIds } from './changeRequestQueries'
import type { PusteromDatabase } from './database'

export interface StayDetailsData {
  stay: Stay
  place: Place | undefined
  recipient: Recipient | undefined
  /** Newest first. */
  requests: ChangeRequest[]
  /** The municipality's notices about this stay (planned, changed, cancelled), oldest first. */
  notices: Message[]
  municipality: Municipality | undefined
  unsent: Set<string>
  /** Sent requests the server has not yet sent back with its verdict. */
  awaiting: Set<string>
}

export async function stayDetails(database: PusteromDatabase, stayId: string): Promise<StayDetailsData | null> {
  const stay = await database.stays.get(stayId)
  if (!stay) return null
  const [place, recipient, requests, messages, municipality, unsent, awaiting] = await Promise.all([
    database.places.get(stay.placeId),
    database.recipients.get(stay.recipientId),
    database.changeRequests.where('stayId').equals(stayId).toArray(),
    database.messages.where('stayId').equals(stayId).sortBy('createdAt'),
    database.municipality.toCollection().first(),
    unsentRequestIds(database),
    awaitingRequestIds(database),
  ])
  // An answer to a request is shown on the request itself.
  const notices = messages.filter((message) => message.kind !== 'requestAnswered')
  return { stay, place, recipient, requests: newestFirst(requests), notices, municipality, unsent, awaiting }
}
