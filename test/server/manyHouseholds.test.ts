import { describe, expect, it } from 'vitest'
import { seedHouseholds, seedMunicipality } from '../../src/server/seed/manyHouseholds'
import { FamilyView } from './support/familyView'
import { useTestServer } from './support/testServer'

const world = useTestServer()

describe('many households for benchmarks', () => {
  it('seeds households whose parents can sign in and pull their own stays', async () => {
    const { db, clock } = world()
    const { municipality } = await seedMunicipality(db)
    const households = await seedHouseholds(db, {
      municipalityId: municipality.id,
      count: 200,
      clock,
      usernamePrefix: 'bench',
      staysPerHousehold: 3,
    })
    expect(new Set(households.map((household) => household.householdId)).size).toBe(200)
    const last = households.at(-1)!
    const session = await world().signIn(last.username)
    expect(session.user.householdId).toBe(last.householdId)
    const view = new FamilyView(world().anonymous.withToken(session.token))
    await view.sync()
    expect(
      view
        .all('stay')
        .map((stay) => stay.id)
        .sort(),
    ).toEqual([...last.stayIds].sort())
    expect(view.all('recipient').map((recipient) => recipient.id)).toEqual([last.recipientId])
  })
})
