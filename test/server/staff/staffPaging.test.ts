import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  AccessLogEntry,
  ErrorBody,
  Place,
  StaffChangeRequest,
  StaffHousehold,
  StaffMessage,
  StaffStay,
} from '../../../src/protocol'
import { aCancellation, aWeekend, planStay, send } from '../support/builders'
import { useTestServer } from '../support/testServer'
import { everyPage, pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })

// Requests of their own, so the list of requests has more than one page whatever the demo holds.
beforeAll(async () => {
  const family = await world().family('lunner-forelder-3')
  const [child] = family.all('recipient')
  const staff = await world().as('lunner-ansatt')
  for (const weeks of [3, 5]) {
    const stay = await planStay(staff, {
      recipientId: child!.id,
      placeId: family.all('place')[0]!.id,
      ...aWeekend(weeks),
    })
    await send(family.client, aCancellation(stay.id))
  }
})

const lists: [string, z.ZodType<{ id: string }>, number][] = [
  ['/staff/households', StaffHousehold, 1],
  ['/staff/places', Place, 3],
  ['/staff/stays', StaffStay, 37],
  ['/staff/change-requests', StaffChangeRequest, 1],
  ['/staff/messages', StaffMessage, 2],
  ['/staff/access-log', AccessLogEntry, 4],
]

describe("paging through the console's lists", () => {
  it.each(lists)('walks every item of %s once, page by page', async (path, item, limit) => {
    const staff = await world().as('lunner-ansatt')
    const whole = await pageAt(staff, path, item, { limit: 200 })
    expect(whole.nextCursor).toBeNull()
    const paged = await everyPage(staff, path, item, { limit })
    const ids = paged.items.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    // The access log grows as it is read: the walk sees at least everything there was before it began.
    if (path === '/staff/access-log') expect(ids).toEqual(expect.arrayContaining(whole.items.map((entry) => entry.id)))
    else expect(ids).toEqual(whole.items.map((entry) => entry.id))
    expect(paged.pages).toBeGreaterThan(1)
  })

  it('ends the last page with no cursor', async () => {
    const staff = await world().as('lunner-ansatt')
    const page = await pageAt(staff, '/staff/households', StaffHousehold, { limit: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.nextCursor).toBeNull()
  })

  it.each([
    ['a cursor that is not one', '/staff/stays?cursor=bm90LWEtY3Vyc29y', 'cursor'],
    ["another list's cursor", '/staff/stays?cursor=WyIxMjMiXQ', 'cursor'],
    ['a limit of 0', '/staff/places?limit=0', 'limit'],
    ['a limit of 1000', '/staff/places?limit=1000', 'limit'],
    ['an unknown filter', '/staff/stays?colour=red', 'colour'],
    ['a day that does not exist', '/staff/stays?from=2026-02-30', 'from'],
    ['a state that does not exist', '/staff/change-requests?state=lost', 'state'],
    ['a name with a NUL in it', '/staff/households?name=a%00b', 'name'],
    [
      'a cursor made by hand with a NUL in it',
      '/staff/places?cursor=WyJhXHUwMDAwIiwgIjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMCJd',
      'cursor',
    ],
  ])('refuses %s with a 400 naming the field', async (_, path, field) => {
    const response = await (await world().as('lunner-ansatt')).get(path)
    expect(response.status).toBe(400)
    expect(ErrorBody.parse(response.body).error).toMatchObject({ code: 'invalid_request', field })
  })
})
