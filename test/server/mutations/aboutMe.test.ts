import { describe, expect, it } from 'vitest'
import { aMutation, anAboutMe, send } from '../support/builders'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function parents() {
  const mother = await world().family('lunner-forelder-1')
  const father = await world().family('lunner-forelder-2')
  const [ida] = mother.all('recipient')
  return { mother, father, ida: ida! }
}

describe('the child’s "about me" card', () => {
  it('reaches the other parent’s phone through the change feed', async () => {
    const { mother, father, ida } = await parents()
    const card = anAboutMe(ida.id, { calming: 'Vektdyne og stille musikk.' })
    const [result] = await send(mother.client, aMutation('upsertAboutMe', { aboutMe: card, baseVersion: null }))
    expect(result?.status).toBe('applied')
    await father.sync()
    expect(father.get('aboutMe', ida.id)).toEqual(card)
  })

  it('rejects an edit made from a card the other parent has changed since, carrying their card', async () => {
    const { mother, father, ida } = await parents()
    await send(mother.client, aMutation('upsertAboutMe', { aboutMe: anAboutMe(ida.id), baseVersion: null }))
    await father.sync()
    const base = father.records.get(`aboutMe/${ida.id}`)!.version
    const theirs = anAboutMe(ida.id, { sleep: 'Legger seg kl. 20.00.' })
    await send(father.client, aMutation('upsertAboutMe', { aboutMe: theirs, baseVersion: base }))

    const [stale] = await send(
      mother.client,
      aMutation('upsertAboutMe', { aboutMe: anAboutMe(ida.id, { food: 'Glutenfritt.' }), baseVersion: base }),
    )
    expect(stale?.status).toBe('rejected')
    expect(stale?.error).toMatchObject({
      code: 'conflict',
      current: { entity: 'aboutMe', deleted: false, data: theirs },
    })
    await mother.sync()
    expect(mother.get('aboutMe', ida.id)).toEqual(theirs)
  })

  it('treats a second new card for the same child, made offline by the other parent, as a conflict', async () => {
    const { mother, father, ida } = await parents()
    await send(mother.client, aMutation('upsertAboutMe', { aboutMe: anAboutMe(ida.id), baseVersion: null }))
    const [second] = await send(
      father.client,
      aMutation('upsertAboutMe', { aboutMe: anAboutMe(ida.id, { routines: 'Annet' }), baseVersion: null }),
    )
    expect(second?.error?.code).toBe('conflict')
  })

  it('answers a card for another household’s child as not found and changes nothing there', async () => {
    const berg = await world().family('lunner-forelder-1')
    const strand = await world().as('gjovik-forelder-1')
    const [ida] = berg.all('recipient')
    const [result] = await send(strand, aMutation('upsertAboutMe', { aboutMe: anAboutMe(ida!.id), baseVersion: null }))
    expect(result?.error?.code).toBe('not_found')
    const after = await world().family('lunner-forelder-1')
    expect(after.records).toEqual(berg.records)
  })
})
