import { describe, expect, it } from 'vitest'
import { aChecklistItem, aMedication, aMutation, send } from '../support/builders'
import type { FamilyView } from '../support/familyView'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

function versionOf(view: FamilyView, entity: 'medication' | 'checklistItem', id: string): number {
  const record = view.records.get(`${entity}/${id}`)
  if (!record) throw new Error(`${entity} ${id} not pulled`)
  return record.version
}

async function parents() {
  const mother = await world().family('lunner-forelder-1')
  const father = await world().family('lunner-forelder-2')
  const [ida] = mother.all('recipient')
  return { mother, father, ida: ida! }
}

describe('two parents on app versions that send whole records with the version they were made from', () => {
  it('never brings back a medication the other parent deleted when an older offline edit arrives later', async () => {
    const { mother, father, ida } = await parents()
    const medication = aMedication(ida.id, { name: 'Melatonin' })
    await send(mother.client, aMutation('upsertMedication', { medication, baseVersion: null }))
    await father.sync()
    const seen = versionOf(father, 'medication', medication.id)
    await send(mother.client, aMutation('deleteMedication', { id: medication.id }))

    const [late] = await send(
      father.client,
      aMutation('upsertMedication', { medication: { ...medication, dose: '2 tabletter' }, baseVersion: seen }),
    )
    expect(late?.status).toBe('rejected')
    expect(late?.error).toMatchObject({
      code: 'conflict',
      current: { entity: 'medication', id: medication.id, deleted: true, data: null },
    })
    await mother.sync()
    await father.sync()
    expect(mother.isDeleted('medication', medication.id)).toBe(true)
    expect(father.isDeleted('medication', medication.id)).toBe(true)
  })

  it('rejects an edit of a medication the other parent changed since, carrying the current one', async () => {
    const { mother, father, ida } = await parents()
    const medication = aMedication(ida.id)
    await send(mother.client, aMutation('upsertMedication', { medication }))
    await father.sync()
    await mother.sync()
    const base = versionOf(mother, 'medication', medication.id)
    const theirs = { ...medication, dose: '2 tabletter' }
    await send(father.client, aMutation('upsertMedication', { medication: theirs, baseVersion: base }))

    const [mine] = await send(
      mother.client,
      aMutation('upsertMedication', { medication: { ...medication, times: ['20:00'] }, baseVersion: base }),
    )
    expect(mine?.error).toMatchObject({ code: 'conflict', current: { deleted: false, data: theirs } })
    await mother.sync()
    expect(mother.get('medication', medication.id)).toEqual(theirs)
  })

  it('keeps the parent’s own version when they choose it, re-sent as an edit of the current one', async () => {
    const { mother, father, ida } = await parents()
    const medication = aMedication(ida.id)
    await send(mother.client, aMutation('upsertMedication', { medication }))
    await father.sync()
    const base = versionOf(father, 'medication', medication.id)
    await send(mother.client, aMutation('deleteMedication', { id: medication.id }))
    const mine = { ...medication, notes: 'Gis med mat' }
    const [conflict] = await send(father.client, aMutation('upsertMedication', { medication: mine, baseVersion: base }))

    const [kept] = await send(
      father.client,
      aMutation('upsertMedication', { medication: mine, baseVersion: conflict?.error?.current?.version ?? null }),
    )
    expect(kept?.status).toBe('applied')
    await mother.sync()
    expect(mother.get('medication', medication.id)).toEqual(mine)
  })

  it('applies two edits in a row from one offline phone, the second building on the first', async () => {
    const { mother, ida } = await parents()
    const medication = aMedication(ida.id)
    const created = aMutation('upsertMedication', { medication, baseVersion: null })
    const edited = aMutation('upsertMedication', {
      medication: { ...medication, dose: '3 tabletter' },
      baseVersion: null,
      baseMutationId: created.id,
    })
    expect((await send(mother.client, created, edited)).map((result) => result.status)).toEqual(['applied', 'applied'])
  })

  it('refuses a second offline edit too when the first it built on met the other parent’s delete', async () => {
    const { mother, father, ida } = await parents()
    const medication = aMedication(ida.id)
    await send(mother.client, aMutation('upsertMedication', { medication }))
    await father.sync()
    const seen = versionOf(father, 'medication', medication.id)
    await send(mother.client, aMutation('deleteMedication', { id: medication.id }))
    await father.sync() // the tombstone's version reaches the phone under its own pending edit
    const first = aMutation('upsertMedication', { medication: { ...medication, dose: '2' }, baseVersion: seen })
    const second = aMutation('upsertMedication', {
      medication: { ...medication, dose: '3' },
      baseVersion: versionOf(father, 'medication', medication.id),
      baseMutationId: first.id,
    })
    const results = await send(father.client, first, second)
    expect(results.map((result) => result.error?.code)).toEqual(['conflict', 'conflict'])
  })

  it('never brings back a checklist item the other parent deleted when an older edit arrives later', async () => {
    const { mother, father, ida } = await parents()
    const item = aChecklistItem(ida.id, { label: 'Ullundertøy' })
    await send(mother.client, aMutation('upsertChecklistItem', { item, baseVersion: null }))
    await father.sync()
    const seen = versionOf(father, 'checklistItem', item.id)
    await send(mother.client, aMutation('deleteChecklistItem', { id: item.id }))

    const [late] = await send(
      father.client,
      aMutation('upsertChecklistItem', { item: { ...item, quantity: 3 }, baseVersion: seen }),
    )
    expect(late?.error).toMatchObject({ code: 'conflict', current: { deleted: true } })
    await father.sync()
    expect(father.isDeleted('checklistItem', item.id)).toBe(true)
  })
})
