import { describe, expect, it } from 'vitest'
import {
  newChangeRequest,
  requestedCancellation,
  requestedTimeChange,
  unconfirmedChangeRequest,
} from '../../../src/domain/changeRequest'

const lunner = { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' }
const stayStart = '2026-11-27T15:00:00.000Z'
const cancellationOf = () =>
  requestedCancellation({
    changeRequestId: '00000000-0000-4000-8000-0000000000c1',
    stayId: '00000000-0000-4000-8000-0000000000a1',
    message: 'Ida er syk',
  })

describe('a new change request', () => {
  it('is on time when received at 15:00 the day before', () => {
    const request = newChangeRequest(
      cancellationOf(),
      { createdAt: '2026-11-26T13:00:00.000Z', receivedAt: '2026-11-26T14:00:00.000Z' },
      stayStart,
      lunner,
    )
    expect(request).toMatchObject({ status: 'pending', deadline: '2026-11-26T14:00:00.000Z', onTime: true })
  })

  it('is late when made before the deadline but received after it', () => {
    const request = newChangeRequest(
      cancellationOf(),
      { createdAt: '2026-11-26T13:50:00.000Z', receivedAt: '2026-11-26T14:10:00.000Z' },
      stayStart,
      lunner,
    )
    expect(request.onTime).toBe(false)
    expect(request.createdAt).toBe('2026-11-26T13:50:00.000Z')
  })

  it('has no deadline where the municipality has no rule', () => {
    const request = newChangeRequest(cancellationOf(), { createdAt: stayStart, receivedAt: stayStart }, stayStart, null)
    expect(request).toMatchObject({ deadline: null, onTime: null })
  })

  it('has no deadline for a stay the device does not know', () => {
    const request = newChangeRequest(cancellationOf(), { createdAt: stayStart, receivedAt: stayStart }, null, lunner)
    expect(request).toMatchObject({ deadline: null, onTime: null })
  })

  it('asks to cancel the stay with the family’s words, and no times', () => {
    expect(cancellationOf()).toEqual({
      id: '00000000-0000-4000-8000-0000000000c1',
      stayId: '00000000-0000-4000-8000-0000000000a1',
      type: 'cancel',
      proposedStart: null,
      proposedEnd: null,
      message: 'Ida er syk',
    })
  })

  it('waits for the server to say on time or late, while the phone already knows the deadline', () => {
    const request = unconfirmedChangeRequest(cancellationOf(), '2026-11-26T13:00:00.000Z', stayStart, lunner)
    expect(request).toEqual({
      ...cancellationOf(),
      createdAt: '2026-11-26T13:00:00.000Z',
      receivedAt: '2026-11-26T13:00:00.000Z',
      deadline: '2026-11-26T14:00:00.000Z',
      onTime: null,
      status: 'pending',
      answerNote: null,
      answeredAt: null,
    })
  })

  it('asks for the proposed times when the family wants other times', () => {
    const change = requestedTimeChange({
      changeRequestId: '00000000-0000-4000-8000-0000000000c2',
      stayId: '00000000-0000-4000-8000-0000000000a1',
      start: '2026-11-27T17:00:00.000Z',
      end: '2026-11-29T15:00:00.000Z',
      message: '',
    })
    expect(change).toMatchObject({
      type: 'changeTime',
      proposedStart: '2026-11-27T17:00:00.000Z',
      proposedEnd: '2026-11-29T15:00:00.000Z',
    })
  })
})
