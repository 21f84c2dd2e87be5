// Sync rule 8 by field on the server: an edit that says what it began from is merged with the record as
// it is now; only a field both parents changed differently is a conflict, and a parent's "keep mine"
// is told to the parent whose value it replaced.
import { describe, expect, it } from 'vitest'
import type { Medication, ReplacedEdit } from '../../../src/protocol'
import { aMedication, aMutation, send } from '../support/builders'
import type { FamilyView } from '../support/familyView'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

async function userId(username: string): Promise<string> {
  const [user] = await world().db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username])
  return user!.id
}

/** Hanne has put Melatonin at 19.30 on the list, and both parents' phones have it. */
async function melatoninOnTheList() {
  const hanne = await world().family('lunner-forelder-1')
  const eirik = await world().family('lunner-forelder-2')
  const [ida] = hanne.all('recipient')
  const melatonin = aMedication(ida!.id, { name: 'Melatonin', times: ['19:30'], notes: '' })
  await send(hanne.client, aMutation('upsertMedication', { medication: melatonin, base: null }))
  return { hanne, eirik, melatonin }
}

/** The household's replaced-edit notices about one record (earlier tests wrote others in the same household). */
function toldAbout(view: FamilyView, recordId: string): ReplacedEdit[] {
  return view.all('replacedEdit').filter((replaced) => replaced.recordId === recordId)
}

function edit(medication: Medication, base: Medication | null, keepsMine?: true) {
  return aMutation('upsertMedication', { medication, base, ...(keepsMine ? { keepsMine } : {}) })
}

describe('two parents changing the same medicine from the same version', () => {
  it('keeps both when one changed the time and the other, offline, the note', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    await send(hanne.client, edit({ ...melatonin, times: ['20:00'] }, melatonin))
    const [answer] = await send(eirik.client, edit({ ...melatonin, notes: 'Knuses i yoghurt' }, melatonin))

    expect(answer?.status).toBe('applied')
    await hanne.sync()
    expect(hanne.get('medication', melatonin.id)).toEqual({ ...melatonin, times: ['20:00'], notes: 'Knuses i yoghurt' })
  })

  it('asks about a time both changed, naming the field and who set it, and saves the rest of the edit', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    await send(hanne.client, edit({ ...melatonin, times: ['20:00'] }, melatonin))
    const [answer] = await send(eirik.client, edit({ ...melatonin, times: ['21:00'], notes: 'Med mat' }, melatonin))

    expect(answer?.status).toBe('rejected')
    expect(answer?.error).toMatchObject({
      code: 'conflict',
      fields: [{ field: 'times', by: 'Hanne Berg' }],
      current: { entity: 'medication', deleted: false, data: { ...melatonin, times: ['20:00'], notes: 'Med mat' } },
    })
    await hanne.sync()
    expect(hanne.get('medication', melatonin.id)).toEqual({ ...melatonin, times: ['20:00'], notes: 'Med mat' })
  })

  it('answers a replayed conflict the same way without writing the rest of the edit twice', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    await send(hanne.client, edit({ ...melatonin, times: ['20:00'] }, melatonin))
    const conflicting = edit({ ...melatonin, times: ['21:00'], notes: 'Med mat' }, melatonin)
    const [first] = await send(eirik.client, conflicting)
    await hanne.sync()
    const [again] = await send(eirik.client, conflicting)

    expect(again).toEqual(first)
    expect(await hanne.sync()).toEqual([])
  })
})

describe('a parent who keeps their own value over the other parent’s', () => {
  it('replaces it, and tells the parent whose value it was which field, both values, who and when', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    const hannes = { ...melatonin, times: ['20:00'] }
    await send(hanne.client, edit(hannes, melatonin))
    await send(
      eirik.client,
      edit({ ...melatonin, times: ['19:30'], notes: 'Med mat' }, { ...melatonin, times: ['21:00'] }),
    )

    const [kept] = await send(eirik.client, edit({ ...hannes, times: ['19:30'] }, hannes, true))
    expect(kept?.status).toBe('applied')
    await hanne.sync()
    expect(hanne.get('medication', melatonin.id)?.times).toEqual(['19:30'])
    expect(toldAbout(hanne, melatonin.id)).toEqual([
      {
        id: expect.any(String),
        entity: 'medication',
        recordId: melatonin.id,
        recordName: 'Melatonin',
        field: 'times',
        replaced: ['20:00'],
        kept: ['19:30'],
        userId: await userId('lunner-forelder-1'),
        byName: 'Eirik Berg',
        at: world().clock.iso(),
        seenAt: null,
      } satisfies ReplacedEdit,
    ])
  })

  it('tells no one when the value it replaces was the parent’s own', async () => {
    const { hanne, melatonin } = await melatoninOnTheList()
    await send(hanne.client, edit({ ...melatonin, dose: '2 tabletter' }, melatonin))
    await send(hanne.client, edit({ ...melatonin, dose: '3 tabletter' }, { ...melatonin, dose: '2 tabletter' }, true))
    await hanne.sync()
    expect(toldAbout(hanne, melatonin.id)).toEqual([])
  })

  it('brings back a medicine the other parent deleted only when the parent chose so, and tells who deleted it', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    await send(hanne.client, aMutation('deleteMedication', { id: melatonin.id }))
    const mine = { ...melatonin, dose: '2 tabletter' }
    const [older] = await send(eirik.client, edit(mine, melatonin))
    expect(older?.error).toMatchObject({ code: 'conflict', current: { deleted: true } })

    const [chosen] = await send(eirik.client, edit(mine, null, true))
    expect(chosen?.status).toBe('applied')
    await hanne.sync()
    expect(hanne.get('medication', melatonin.id)).toEqual(mine)
    expect(toldAbout(hanne, melatonin.id)).toMatchObject([
      { field: null, recordName: 'Melatonin', byName: 'Eirik Berg' },
    ])
  })

  it('is seen once by the parent it was for; another household cannot mark it', async () => {
    const { hanne, eirik, melatonin } = await melatoninOnTheList()
    await send(hanne.client, edit({ ...melatonin, notes: 'Etter mat' }, melatonin))
    await send(eirik.client, edit({ ...melatonin, notes: 'Før mat' }, { ...melatonin, notes: 'Etter mat' }, true))
    await hanne.sync()
    const [replaced] = toldAbout(hanne, melatonin.id)
    const other = await world().as('lunner-forelder-3')
    const at = world().clock.iso()

    const [foreign] = await send(other, aMutation('markReplacedEditSeen', { replacedEditId: replaced!.id, at }))
    const [seen] = await send(hanne.client, aMutation('markReplacedEditSeen', { replacedEditId: replaced!.id, at }))
    expect(foreign?.error?.code).toBe('not_found')
    expect(seen?.status).toBe('applied')
    await hanne.sync()
    expect(hanne.get('replacedEdit', replaced!.id)?.seenAt).toBe(at)
  })
})
