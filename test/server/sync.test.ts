import { describe, expect, it } from 'vitest'
import { entitySchemas, SyncResponse } from '../../src/protocol'
import { aChecklistItem, aMutation, send } from './support/builders'
import { FamilyView } from './support/familyView'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

describe('pulling changes', () => {
  it('delivers everything from the start in pages that end with hasMore false', async () => {
    const whole = await world().family('lunner-forelder-3')
    const paged = new FamilyView(await world().as('lunner-forelder-3'))
    await paged.sync(25)
    expect(paged.pulls).toBe(Math.ceil(whole.records.size / 25))
    expect(paged.pulls).toBeGreaterThan(2)
    expect(paged.records).toEqual(whole.records)
    expect(paged.cursor).toBe(whole.cursor)
  })

  it('marks every page but the last with hasMore', async () => {
    const client = await world().as('gjovik-forelder-1')
    const first = SyncResponse.parse((await client.get('/sync?limit=10')).body)
    expect(first.changes).toHaveLength(10)
    expect(first.hasMore).toBe(true)
    const versions = first.changes.map((change) => change.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(first.cursor).toBe(String(versions.at(-1)))
  })

  it('answers a pull with nothing new in one response of under 300 bytes', async () => {
    const family = await world().family('lunner-forelder-1')
    const response = await family.client.get(`/sync?cursor=${family.cursor}`)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ cursor: family.cursor, changes: [], hasMore: false })
    expect(Buffer.byteLength(response.text)).toBeLessThan(300)
  })

  it('gives a family the records of its own household and its municipality’s places, all valid by the protocol', async () => {
    const family = await world().family('lunner-forelder-3')
    expect(
      family
        .all('recipient')
        .map((recipient) => recipient.name)
        .sort(),
    ).toEqual(['Maja', 'Noah'])
    expect(
      family
        .all('place')
        .map((place) => place.kind)
        .sort(),
    ).toEqual(['dayOffer', 'municipalUnit', 'privateProvider', 'supportContact'])
    for (const [key, record] of family.records) {
      const entity = key.split('/')[0] as keyof typeof entitySchemas
      expect(() => entitySchemas[entity].parse(record.data), key).not.toThrow()
    }
  })

  it('never gives one household another household’s records, nor another municipality’s places', async () => {
    const berg = await world().family('lunner-forelder-1')
    const haddad = await world().family('lunner-forelder-3')
    const strand = await world().family('gjovik-forelder-1')
    const keys = (family: FamilyView) =>
      new Set([...family.records.keys()].filter((key) => !key.startsWith('place/') && !key.startsWith('municipality/')))
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((key) => b.has(key))
    expect(shared(keys(berg), keys(haddad))).toEqual([])
    expect(shared(keys(berg), keys(strand))).toEqual([])
    const lunnerPlaces = new Set(berg.all('place').map((place) => place.id))
    expect(strand.all('place').some((place) => lunnerPlaces.has(place.id))).toBe(false)
    expect(strand.all('municipality').map((municipality) => municipality.name)).toEqual(['Gjøvik kommune (demo)'])
  })

  it('brings a change made on one parent’s phone to the other parent’s', async () => {
    const mother = await world().family('lunner-forelder-1')
    const father = await world().family('lunner-forelder-2')
    const [ida] = mother.all('recipient')
    const item = aChecklistItem(ida!.id, { label: 'Badetøy' })
    await send(mother.client, aMutation('upsertChecklistItem', { item }))
    const changes = await father.sync()
    expect(changes.map((change) => change.id)).toEqual([item.id])
    expect(father.get('checklistItem', item.id)).toMatchObject({ label: 'Badetøy' })
  })

  it('delivers a deleted record as a tombstone without data', async () => {
    const family = await world().family('gjovik-forelder-1')
    const [magnus] = family.all('recipient')
    const item = aChecklistItem(magnus!.id, { stayId: null })
    await send(family.client, aMutation('upsertChecklistItem', { item }))
    await family.sync()
    await send(family.client, aMutation('deleteChecklistItem', { id: item.id }))
    const changes = await family.sync()
    expect(changes).toEqual([
      { entity: 'checklistItem', id: item.id, version: expect.any(Number), deleted: true, data: null },
    ])
    expect(family.isDeleted('checklistItem', item.id)).toBe(true)
  })

  it('rejects a cursor that is not a number and unknown query parameters', async () => {
    const client = await world().as('lunner-forelder-1')
    expect((await client.get('/sync?cursor=abc')).status).toBe(400)
    expect((await client.get('/sync?cursor=1&since=2')).status).toBe(400)
    expect((await client.get('/sync?limit=0')).status).toBe(400)
  })
})
