// The family's two requests about a stay, and taking one back while it waits for an answer. Each is written to the device and queued in one step;
// the sync engine sends it as soon as there is a network, and the server judges it when it arrives.
import { defineStore } from 'pinia'
import { useAppTime } from '../tools/useAppTime'
import { db } from '../db/database'
import { perform } from '../db/outbox'
import { isoNow } from '../../domain/clock'

export const useChangeRequestsStore = defineStore('changeRequests', () => {
  const { clock } = useAppTime()

  /** Tells the municipality the stay is not needed; returns the new request's id. */
  async function requestCancellation(stayId: string, message: string): Promise<string> {
    const changeRequestId = crypto.randomUUID()
    await perform(db, 'requestCancellation', { changeRequestId, stayId, message: message.trim() }, clock)
    return changeRequestId
  }

  /** Asks for other times; `start` and `end` are instants. Returns the new request's id. */
  async function requestTimeChange(stayId: string, start: string, end: string, message: string): Promise<string> {
    const changeRequestId = crypto.randomUUID()
    await perform(db, 'requestTimeChange', { changeRequestId, stayId, start, end, message: message.trim() }, clock)
    return changeRequestId
  }

  /** Takes back a request the municipality has not answered yet. */
  async function withdraw(changeRequestId: string): Promise<void> {
    await perform(db, 'withdrawChangeRequest', { changeRequestId, at: isoNow(clock) }, clock)
  }

  return { requestCancellation, requestTimeChange, withdraw }
})
