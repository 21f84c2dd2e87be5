// Pushes the news of a household to each of its devices that wants that kind, once per device.
// Devices the push service has forgotten (404/410) are forgotten here too.
import type { Message, MessageKind } from '../../protocol/entities'
import type { NotificationKind, PushMessage } from '../../protocol/push'
import { pushForMessage, type Reader } from './pushMessages'
import { isoNow, type Clock } from '../../domain/clock'
import type { PushOutcome, PushSender, PushSendOptions } from './pushSender'
import type { StoredSubscription, SubscriptionStore } from './subscriptionStore'

export const kindOfMessage: Record<MessageKind, NotificationKind> = {
  stayChanged: 'stayChanges',
  stayCancelled: 'stayChanges',
  stayPlanned: 'stayChanges',
  requestAnswered: 'requestAnswers',
  notice: 'notices',
}

export interface NotifierOptions {
  subscriptions: SubscriptionStore
  send: PushSender
  clock: Clock
  /** Told of failures without any content: which kind, and what the push service answered. */
  log?: (line: string) => void
}

export interface Notifier {
  /** The municipality wrote to a household (a changed or cancelled stay, an answer, a notice). */
  messageCreated(householdId: string, message: Message, stayStart?: string | null): Promise<number>
  /** Sends one push to one device, forgetting it when the push service says it is gone. */
  deliver(device: StoredSubscription, push: PushMessage, options?: PushSendOptions): Promise<PushOutcome>
  /** The household's devices that want `kind`. */
  devicesWanting(householdId: string, kind: NotificationKind): Promise<StoredSubscription[]>
}

export function createNotifier(options: NotifierOptions): Notifier {
  const log = options.log ?? ((line: string) => console.warn(line))

  async function deliver(
    device: StoredSubscription,
    push: PushMessage,
    sendOptions?: PushSendOptions,
  ): Promise<PushOutcome> {
    // One device's failure, whatever it is, never stops the pushes to the household's other devices.
    const outcome = await options.send(device, push, sendOptions).catch((): PushOutcome => 'failed')
    if (outcome === 'gone') await options.subscriptions.removeById(device.id)
    if (outcome === 'failed') log(`push: a ${push.kind} notification could not be delivered`)
    return outcome
  }

  async function devicesWanting(householdId: string, kind: NotificationKind): Promise<StoredSubscription[]> {
    const devices = await options.subscriptions.ofHousehold(householdId)
    return devices.filter((device) => device.preferences.kinds[kind])
  }

  return {
    deliver,
    devicesWanting,
    async messageCreated(householdId, message, stayStart = null) {
      const now = isoNow(options.clock)
      const devices = await devicesWanting(householdId, kindOfMessage[message.kind])
      const outcomes = await Promise.all(
        devices.map((device) => {
          const reader: Reader = device
          return deliver(device, pushForMessage(message, reader, now, stayStart), { urgency: 'high' })
        }),
      )
      return outcomes.filter((outcome) => outcome === 'delivered').length
    },
  }
}
