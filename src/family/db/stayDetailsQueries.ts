// Everything the stay page shows about one stay, read in one go so it updates as one.
import { newestFirst } from '../../domain/stayState'
import type { ChangeRequest, Message, Municipality, Place, Recipient, Stay } from '../../protocol'
import { awaitingRequestIds, unsentRequestIds } from './changeRequestQueries'
import type { PusteromDatabase, Rejection } from './database'

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
  /** Requests about this stay the municipality's server refused: kept in its history, not only in a notice. */
  refused: Rejection[]
}

/** A refused request to cancel or move this stay. */
function isRefusedRequestAbout(stayId: string) {
  return (rejection: Rejection) =>
    (rejection.name === 'requestCancellation' || rejection.name === 'requestTimeChange') &&
    'stayId' in rejection.args &&
    rejection.args.stayId === stayId
}

export async function stayDetails(database: PusteromDatabase, stayId: string): Promise<StayDetailsData | null> {
  const stay = await database.stays.get(stayId)
  if (!stay) return null
  const [place, recipient, requests, messages, municipality, unsent, awaiting, refused] = await Promise.all([
    database.places.get(stay.placeId),
    database.recipients.get(stay.recipientId),
    database.changeRequests.where('stayId').equals(stayId).toArray(),
    database.messages.where('stayId').equals(stayId).sortBy('createdAt'),
    database.municipality.toCollection().first(),
    unsentRequestIds(database),
    awaitingRequestIds(database),
    // A household's refusals are few: no index for them.
    database.rejections.filter(isRefusedRequestAbout(stayId)).toArray(),
  ])
  // An answer to a request is shown on the request itself.
  const notices = messages.filter((message) => message.kind !== 'requestAnswered')
  return { stay, place, recipient, requests: newestFirst(requests), notices, municipality, unsent, awaiting, refused }
}
