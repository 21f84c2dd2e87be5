// A message as an app of protocol 1 reads it. Such an app needs a title and a body on every message and
// knows only the stay facts; since version 2 the server stores facts alone and each app words them in its
// family's language. So an old app gets the Bokmål wording, and facts of a kind it does not know left out.
import { wordMessageAsText } from '../../domain/wording/messageWording'
import { StayMessageFacts, type Message } from '../../protocol'

export function messageForProtocol1(message: Message): Message {
  const { facts } = message
  const known = facts && StayMessageFacts.safeParse(facts).success ? facts : null
  const worded =
    facts && (message.title === undefined || message.body === undefined) ? wordMessageAsText(facts, 'nb') : null
  return {
    ...message,
    title: message.title ?? worded?.title ?? '',
    body: message.body ?? worded?.body ?? '',
    facts: facts === undefined ? undefined : known,
  }
}
