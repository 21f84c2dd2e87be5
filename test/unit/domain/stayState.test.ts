import { describe, expect, it } from 'vitest'
import type { Stay } from '../../../src/protocol'
import {
  canRequestChange,
  newestFirst,
  pendingRequest,
  requestBlock,
  requestsByStay,
  shownStayState,
  stayState,
} from '../../../src/domain/stayState'
import { aStay } from '../../support/builders'
import { aChangeRequest } from '../../support/calendarBuilders'

const stay = (overrides: Partial<Stay> = {}) => aStay({ recipientId: 'r', placeId: 'p', ...overrides })

describe('the state of a stay', () => {
  it('is planned when nothing has been asked or changed', () => {
    expect(stayState(stay(), [])).toBe('planned')
  })

  it('is change requested while the family waits for an answer', () => {
    const planned = stay()
    expect(stayState(planned, [aChangeRequest({ stayId: planned.id })])).toBe('changeRequested')
  })

  it('is changed once the municipality has changed it and nothing more is asked', () => {
    const changed = stay({ status: 'changed' })
    expect(stayState(changed, [aChangeRequest({ stayId: changed.id, status: 'accepted' })])).toBe('changed')
  })

  it('goes back to planned when the municipality declines a request', () => {
    const planned = stay()
    expect(stayState(planned, [aChangeRequest({ stayId: planned.id, status: 'declined' })])).toBe('planned')
  })

  it('is cancelled by the family once the municipality accepts their cancellation', () => {
    const cancelled = stay({ status: 'cancelledByFamily' })
    expect(stayState(cancelled, [aChangeRequest({ stayId: cancelled.id, status: 'accepted' })])).toBe(
      'cancelledByFamily',
    )
  })

  it('is cancelled by the municipality even if the family had a request open', () => {
    const cancelled = stay({ status: 'cancelledByMunicipality' })
    expect(stayState(cancelled, [aChangeRequest({ stayId: cancelled.id })])).toBe('cancelledByMunicipality')
  })

  it('ignores requests about other stays', () => {
    expect(stayState(stay(), [aChangeRequest({ stayId: 'another-stay' })])).toBe('planned')
  })

  it('finds the newest open request when the family asked twice', () => {
    const planned = stay()
    const first = aChangeRequest({ stayId: planned.id, createdAt: '2026-11-20T10:00:00.000Z' })
    const second = aChangeRequest({ stayId: planned.id, createdAt: '2026-11-21T10:00:00.000Z', type: 'changeTime' })
    expect(pendingRequest(planned, [first, second])).toBe(second)
  })
})

describe('asking for a change', () => {
  const start = '2026-11-27T15:00:00.000Z'

  it('is possible until the stay begins', () => {
    expect(canRequestChange(stay({ start }), Date.parse(start) - 1)).toBe(true)
  })

  it('is no longer possible once the stay has begun', () => {
    expect(canRequestChange(stay({ start }), Date.parse(start))).toBe(false)
  })

  it('is not offered for a cancelled stay', () => {
    expect(canRequestChange(stay({ start, status: 'cancelledByMunicipality' }), Date.parse(start) - 3600_000)).toBe(
      false,
    )
  })
})

describe('one request at a time', () => {
  const start = '2026-11-27T15:00:00.000Z'
  const before = Date.parse(start) - 3600_000

  it('lets the family ask when nothing is open', () => {
    const planned = stay({ start })
    expect(requestBlock(planned, [aChangeRequest({ stayId: planned.id, status: 'declined' })], before)).toBeNull()
  })

  it('waits for the answer to an open request before another', () => {
    const planned = stay({ start })
    expect(requestBlock(planned, [aChangeRequest({ stayId: planned.id })], before)).toBe('pending')
  })

  it('says a cancelled stay is cancelled before anything else', () => {
    const cancelled = stay({ start, status: 'cancelledByFamily' })
    expect(requestBlock(cancelled, [], Date.parse(start) + 1)).toBe('cancelled')
  })

  it('says a stay that has begun has begun', () => {
    expect(requestBlock(stay({ start }), [], Date.parse(start))).toBe('started')
  })
})

describe('a stay’s requests, newest first', () => {
  const made = (day: string, message = '') =>
    aChangeRequest({ stayId: 's', createdAt: `2026-11-${day}T10:00:00.000Z`, message })

  it('puts the newest first, whatever order they came in', () => {
    const [first, second, third] = [made('20'), made('21'), made('22')]
    expect([newestFirst([first, second, third]), newestFirst([second, third, first])]).toEqual([
      [third, second, first],
      [third, second, first],
    ])
  })

  it('keeps two requests made at the same moment in the order they came in', () => {
    const [one, other] = [made('20', 'én'), made('20', 'annen')]
    expect([newestFirst([one, other]), newestFirst([other, one])]).toEqual([
      [one, other],
      [other, one],
    ])
  })
})

describe('requests by the stay they are about', () => {
  it('keeps every request of a stay together', () => {
    const [first, second] = [aChangeRequest({ stayId: 'a' }), aChangeRequest({ stayId: 'a' })]
    const other = aChangeRequest({ stayId: 'b' })
    expect(requestsByStay([first, other, second])).toEqual(
      new Map([
        ['a', [first, second]],
        ['b', [other]],
      ]),
    )
  })
})

describe('the badge of a stay', () => {
  const start = '2026-11-27T15:00:00.000Z'
  const end = '2026-11-29T15:00:00.000Z'
  const ended = Date.parse(end)

  it('says a planned or changed stay has ended from the minute it ends', () => {
    expect([
      shownStayState('planned', { start, end }, ended),
      shownStayState('changed', { start, end }, ended),
    ]).toEqual(['ended', 'ended'])
  })

  it('says planned until it begins, and under way from its first minute while it goes on', () => {
    expect(shownStayState('planned', { start, end }, Date.parse(start) - 1)).toBe('planned')
    expect(shownStayState('planned', { start, end }, Date.parse(start))).toBe('underway')
    expect(shownStayState('changed', { start, end }, ended - 1)).toBe('underway')
  })

  it('keeps saying cancelled or change requested while the stay goes on and after its end', () => {
    expect([
      shownStayState('cancelledByMunicipality', { start, end }, Date.parse(start) + 1),
      shownStayState('cancelledByFamily', { start, end }, ended + 1),
      shownStayState('changeRequested', { start, end }, ended + 1),
    ]).toEqual(['cancelledByMunicipality', 'cancelledByFamily', 'changeRequested'])
  })
})
