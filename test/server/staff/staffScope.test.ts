import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ErrorBody } from '../../../src/protocol'
import { staffReadRoutes as staffReads } from '../../../src/protocol/routes/staffReadRoutes'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

const staffReadRoutes = Object.values(staffReads)
const lists = staffReadRoutes.filter((route) => !route.path.includes(':')).map((route) => route.path)

async function lunnerIds(): Promise<string[]> {
  const berg = await world().family('lunner-forelder-1')
  const haddad = await world().family('lunner-forelder-3')
  const households = await Promise.all(
    ['lunner-forelder-1', 'lunner-forelder-3'].map(async (name) => (await world().signIn(name)).user.householdId!),
  )
  return [...households, ...[...berg.records.keys(), ...haddad.records.keys()].map((key) => key.split('/')[1]!)]
}

describe("staff see only their own municipality's households", () => {
  it.each(lists)("GET %s gives Gjøvik's staff nothing of Lunner's", async (path) => {
    const lunner = await lunnerIds()
    const response = await (await world().as('gjovik-ansatt')).get(path)
    expect(response.status).toBe(200)
    for (const id of lunner) expect(response.text).not.toContain(id)
  })

  it.each(lists)("GET %s gives Lunner's staff their own", async (path) => {
    const response = await (await world().as('lunner-ansatt')).get(path)
    expect(response.status).toBe(200)
    if (path !== '/staff/access-log' && path !== '/staff/summer-applications')
      expect((response.body as { items: unknown[] }).items.length).toBeGreaterThan(0)
  })

  it("answers another municipality's household as not found, the same as one that does not exist", async () => {
    const { user } = await world().signIn('gjovik-forelder-1')
    const staff = await world().as('lunner-ansatt')
    const theirs = await staff.get(`/staff/households/${user.householdId}`)
    const missing = await staff.get(`/staff/households/${randomUUID()}`)
    expect(theirs.status).toBe(404)
    expect(theirs.body).toEqual(missing.body)
  })

  it("filters by another municipality's child, place or household find nothing", async () => {
    const strand = await world().family('gjovik-forelder-1')
    const { user } = await world().signIn('gjovik-forelder-1')
    const staff = await world().as('lunner-ansatt')
    const [magnus] = strand.all('recipient')
    const [place] = strand.all('place')
    for (const path of [
      `/staff/stays?recipientId=${magnus!.id}`,
      `/staff/stays?placeId=${place!.id}`,
      `/staff/messages?householdId=${user.householdId}`,
      `/staff/access-log?householdId=${user.householdId}`,
    ])
      expect((await staff.get(path)).body).toEqual({ items: [], nextCursor: null })
  })

  it.each(staffReadRoutes.map((route) => route.path))('GET %s answers 403 to a parent', async (path) => {
    const { user } = await world().signIn('lunner-forelder-1')
    const response = await (await world().as('lunner-forelder-1')).get(path.replace(':id', user.householdId!))
    expect(response.status).toBe(403)
    expect(ErrorBody.parse(response.body).error.code).toBe('forbidden')
  })
})
