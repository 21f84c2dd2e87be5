// What the server tells other parts of itself after a change is committed. Nothing that matters hangs
// on it: the pushes were queued in the change's own transaction; hearing this only sends them sooner.
import type { Message } from '../protocol'

export interface ServerEvents {
  /** The municipality wrote to a household: a planned, changed or cancelled stay, an answer, a notice. */
  messageCreated(householdId: string, message: Message, stayStart: string | null): void | Promise<unknown>
}

export const noEvents: ServerEvents = { messageCreated: () => undefined }

export interface CreatedMessage {
  householdId: string
  message: Message
  stayStart: string | null
}

/** Tells the listeners, after the commit; a listener's failure never fails the request that caused it. */
export function announceMessages(
  events: ServerEvents,
  messages: readonly CreatedMessage[],
  log: (line: string) => void,
): void {
  for (const { householdId, message, stayStart } of messages) {
    void Promise.resolve()
      .then(() => events.messageCreated(householdId, message, stayStart))
      .catch((error: unknown) => log(`events: messageCreated failed: ${error instanceof Error ? error.name : 'error'}`))
  }
}
