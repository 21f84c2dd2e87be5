// The change channel: an open app or console is told that there is something to pull, and only what it
// may see. A household hears its own changes and its municipality's shared ones; staff hear their own
// municipality's side and the families' requests, never another municipality's or a family's lists.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Place, StaffHousehold } from '../../../src/protocol'
import { aMutation, aWeekend, planStay, send } from '../support/builders'
import type { ApiClient } from '../support/apiClient'
import { testDatabaseKind } from '../support/testDatabase'
import { useTestServer } from '../support/testServer'
import { listen } from './support/listening'

const world = useTestServer({ demo: true })

/** A channel of the user's, once the server has said it is open. */
async function channelOf(username: string) {
  const channel = await listen(world().url, (await world().signIn(username)).token)
  expect(await channel.next()).toEqual({ event: 'ready' })
  return channel
}

/** Ticks the first item of the family's next stay's list on the user's phone; answers the feed's cursor after it. */
async function tick(username: string): Promise<string> {
  const family = await world().family(username)
  const stay = family.all('stay').find((candidate) => candidate.start > world().clock.iso())!
  const item = family.all('checklistItem').find((candidate) => candidate.recipientId === stay.recipientId)!
  const at = world().clock.iso()
  const [result] = await send(
    family.client,
    aMutation('setPacked', { stayId: stay.id, itemId: item.id, packed: true, at }),
  )
  expect(result?.status).toBe('applied')
  await family.sync()
  return family.cursor!
}

/** Asks to cancel the family's next stay that has no request waiting. */
async function requestCancellation(username: string): Promise<void> {
  const family = await world().family(username)
  const asked = new Set(family.all('changeRequest').map((request) => request.stayId))
  const stay = family
    .all('stay')
    .find((candidate) => candidate.start > world().clock.iso() && !asked.has(candidate.id))!
  const mutation = aMutation('requestCancellation', { changeRequestId: randomUUID(), stayId: stay.id, message: 'Syk.' })
  expect((await send(family.client, mutation))[0]?.status).toBe('applied')
}

async function staffPlansAStay(staff: ApiClient): Promise<void> {
  const household = (await staff.get<{ items: StaffHousehold[] }>('/staff/households')).body.items[0]!
  const place = (await staff.get<{ items: Place[] }>('/staff/places')).body.items[0]!
  await planStay(staff, { recipientId: household.recipients[0]!.id, placeId: place.id, ...aWeekend(8) })
}

describe('the change channel', () => {
  it('refuses to open without a session, in the error shape', async () => {
    const channel = await listen(world().url, null)
    expect(channel.status).toBe(401)
    expect(JSON.parse(channel.refusal)).toMatchObject({ error: { code: 'unauthorized' } })
  })

  it('opens as an event stream that no proxy may cache or buffer, and says it is ready', async () => {
    const channel = await listen(world().url, (await world().signIn('lunner-forelder-1')).token)
    expect(channel.status).toBe(200)
    expect(channel.headers.get('content-type')).toBe('text/event-stream')
    expect(channel.headers.get('cache-control')).toBe('no-store')
    expect(channel.headers.get('x-accel-buffering')).toBe('no')
    expect(await channel.next()).toEqual({ event: 'ready' })
    channel.close()
  })

  it('tells the other parent’s phone of a tick, with how far the feed got and nothing of what changed', async () => {
    const eirik = await channelOf('lunner-forelder-2')
    const cursor = await tick('lunner-forelder-1')
    expect(await eirik.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor } })
    eirik.close()
  })

  it('never tells a household of another household’s changes', async () => {
    const sara = await channelOf('lunner-forelder-3')
    await tick('lunner-forelder-1')
    // Notices come in commit order: the first Sara hears must be her own household's.
    const ownCursor = await tick('lunner-forelder-3')
    expect(await sara.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor: ownCursor } })
    sara.close()
  })

  it('tells every household of the municipality, and no other, when something they share changes', async () => {
    const [hanne, sara, liv] = await Promise.all(
      ['lunner-forelder-1', 'lunner-forelder-3', 'gjovik-forelder-1'].map(channelOf),
    )
    const staff = await world().as('lunner-ansatt')
    expect((await staff.put('/staff/municipality', { postalAddress: 'Postboks 9, 2730 Lunner' })).status).toBe(200)
    for (const channel of [hanne!, sara!])
      expect(await channel.next()).toMatchObject({ event: 'change', notice: { kinds: ['municipality'] } })
    const livsOwn = await tick('gjovik-forelder-1')
    expect(await liv!.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor: livsOwn } })
    for (const channel of [hanne!, sara!, liv!]) channel.close()
  })

  it('tells staff of a family’s request, without the household or its place in the feed', async () => {
    const tone = await channelOf('lunner-ansatt')
    await requestCancellation('lunner-forelder-1')
    const heard = await tone.next()
    expect(heard).toMatchObject({ event: 'change', notice: { kinds: expect.arrayContaining(['changeRequest']) } })
    expect(heard.event === 'change' && heard.notice.cursor).toBeUndefined()
    tone.close()
  })

  it('never tells staff of a family’s own lists', async () => {
    const tone = await channelOf('lunner-ansatt')
    await tick('lunner-forelder-1')
    await requestCancellation('lunner-forelder-3')
    expect(await tone.next()).toMatchObject({
      event: 'change',
      notice: { kinds: expect.arrayContaining(['changeRequest']) },
    })
    tone.close()
  })

  it('never tells staff of another municipality’s changes', async () => {
    const per = await channelOf('gjovik-ansatt')
    await requestCancellation('lunner-forelder-1')
    await staffPlansAStay(await world().as('gjovik-ansatt'))
    const heard = await per.next()
    expect(heard).toMatchObject({ event: 'change', notice: { kinds: expect.arrayContaining(['stay']) } })
    expect(heard.event === 'change' && heard.notice.kinds).not.toContain('changeRequest')
    per.close()
  })

  it('tells no one of a change that was rolled back', async () => {
    const eirik = await channelOf('lunner-forelder-2')
    const family = await world().family('lunner-forelder-1')
    const [packing] = family.all('checklistItem')
    await world()
      .db.transaction(async (tx) => {
        await tx.query("UPDATE records SET seq = nextval('record_seq') WHERE entity = 'checklistItem' AND id = $1", [
          packing!.id,
        ])
        throw new Error('rolled back')
      })
      .catch(() => undefined)
    const cursor = await tick('lunner-forelder-1')
    expect(await eirik.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor } })
    eirik.close()
  })

  it.skipIf(testDatabaseKind !== 'postgres')(
    'tells every channel to pull when the server listens again after losing the database, and goes on telling',
    async () => {
      const eirik = await channelOf('lunner-forelder-2')
      const [ended] = await world().db.query<{ ended: boolean }>(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
         WHERE query = 'LISTEN ' || change_notice_channel(current_schema())`,
      )
      expect(ended?.ended).toBe(true)
      expect(await eirik.next()).toEqual({ event: 'change', notice: { kinds: [] } })
      const cursor = await tick('lunner-forelder-1')
      expect(await eirik.next()).toEqual({ event: 'change', notice: { kinds: ['packing'], cursor } })
      eirik.close()
    },
  )

  it('writes a heartbeat comment to every open channel, so proxies keep it open', async () => {
    const [hanne, tone] = await Promise.all(['lunner-forelder-1', 'lunner-ansatt'].map(channelOf))
    await world().server.changeChannel.heartbeat()
    expect(await hanne!.next()).toEqual({ event: 'heartbeat' })
    expect(await tone!.next()).toEqual({ event: 'heartbeat' })
    hanne!.close()
    tone!.close()
  })

  it('closes the channel at the next heartbeat once its session has ended', async () => {
    const session = await world().signIn('lunner-forelder-1')
    const channel = await listen(world().url, session.token)
    expect(await channel.next()).toEqual({ event: 'ready' })
    expect((await world().anonymous.withToken(session.token).delete('/session')).status).toBe(204)
    await world().server.changeChannel.heartbeat()
    await channel.ended
    expect((await listen(world().url, session.token)).status).toBe(401)
  })

  it('refuses a session more channels than the cap, until one of them closes', async () => {
    const { token } = await world().signIn('lunner-forelder-2')
    const open = []
    for (let n = 0; n < 5; n++) open.push(await listen(world().url, token))
    const refused = await listen(world().url, token)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.refusal)).toMatchObject({ error: { code: 'rate_limited' } })
    expect(refused.headers.get('retry-after')).toBe('60')
    open[0]!.close()
    await open[0]!.ended
    const again = await waitForOpen(token)
    expect(again.status).toBe(200)
    for (const channel of [...open, again]) channel.close()
  })
})

/** The server hears a client go when its socket closes: opening again waits for that, not for a time. */
async function waitForOpen(token: string) {
  for (;;) {
    const channel = await listen(world().url, token)
    if (channel.status !== 429) return channel
    await new Promise((resolve) => setImmediate(resolve))
  }
}
