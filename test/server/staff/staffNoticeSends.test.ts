import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { pageOf } from '../../../src/protocol'
import { StaffNoticeSend } from '../../../src/protocol/routes/staffNoticeRoutes'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true })

const aNotice = (title: string, householdId: string | null = null) => ({
  clientKey: randomUUID(),
  householdId,
  title,
  body: 'Huset er stengt mandag.',
})

async function copiesOf(title: string): Promise<number> {
  const rows = await world().db.query<{ count: string | number }>(
    `SELECT count(*) AS count FROM records WHERE entity = 'message' AND data ->> 'title' = $1`,
    [title],
  )
  return Number(rows[0]?.count)
}

describe('a notice sent by the server in one transaction', () => {
  it('sends a notice to every household of the municipality in one request, and lists it once', async () => {
    const staff = await world().as('lunner-ansatt')
    const response = await staff.post('/staff/notices', aNotice('Stengt mandag'))
    expect(response.status).toBe(201)
    expect(StaffNoticeSend.parse(response.body)).toMatchObject({
      householdId: null,
      householdCount: 2,
      sentBy: 'Tone Lunde',
      sentAt: world().clock.iso(),
    })
    expect((await world().family('lunner-forelder-1')).all('message').some((m) => m.title === 'Stengt mandag')).toBe(
      true,
    )
    expect((await world().family('lunner-forelder-3')).all('message').some((m) => m.title === 'Stengt mandag')).toBe(
      true,
    )
    expect((await world().family('gjovik-forelder-1')).all('message').some((m) => m.title === 'Stengt mandag')).toBe(
      false,
    )
    const listed = pageOf(StaffNoticeSend).parse((await staff.get('/staff/notices')).body)
    expect(listed.items.filter((send) => send.title === 'Stengt mandag')).toHaveLength(1)
  })

  it('answers a retry with the same client key with the first send, and sends nothing twice', async () => {
    const staff = await world().as('lunner-ansatt')
    const notice = aNotice('Ny telefontid')
    const first = await staff.post('/staff/notices', notice)
    const retry = await staff.post('/staff/notices', notice)
    expect(retry.status).toBe(201)
    expect(retry.body).toEqual(first.body)
    expect(await copiesOf('Ny telefontid')).toBe(2)
  })

  it('refuses a client key used for another notice', async () => {
    const staff = await world().as('lunner-ansatt')
    const notice = aNotice('Første')
    await staff.post('/staff/notices', notice)
    const other = await staff.post('/staff/notices', { ...notice, title: 'Andre' })
    expect(other.status).toBe(409)
    expect(other.body).toMatchObject({ error: { code: 'conflict', field: 'clientKey' } })
  })

  it('leaves no family with the notice when sending fails midway, and a retry then sends it once to all', async () => {
    const staff = await world().as('lunner-ansatt')
    const { user } = await world().signIn('lunner-forelder-3')
    await world().db.query(`
      CREATE FUNCTION fail_second_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.entity = 'message' AND NEW.data ->> 'title' = 'Midtveis' AND NEW.household_id = '${user.householdId}' THEN
          RAISE EXCEPTION 'the disk is full';
        END IF;
        RETURN NEW;
      END $$`)
    await world().db.query(`
      CREATE TRIGGER fail_second_copy BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION fail_second_copy();`)
    const notice = aNotice('Midtveis')
    const failed = await staff.post('/staff/notices', notice)
    expect(failed.status).toBe(500)
    expect(await copiesOf('Midtveis')).toBe(0)
    await world().db.query('DROP TRIGGER fail_second_copy ON records')
    expect((await staff.post('/staff/notices', notice)).status).toBe(201)
    expect(await copiesOf('Midtveis')).toBe(2)
  })

  it('sends to one household of the municipality, and to another municipality’s as not found', async () => {
    const staff = await world().as('lunner-ansatt')
    const sara = await world().signIn('lunner-forelder-3')
    const liv = await world().signIn('gjovik-forelder-1')
    const one = await staff.post('/staff/notices', aNotice('Bare til Sara', sara.user.householdId))
    expect(one.body).toMatchObject({ householdId: sara.user.householdId, householdCount: 1 })
    expect(await copiesOf('Bare til Sara')).toBe(1)
    expect((await staff.post('/staff/notices', aNotice('Feil', liv.user.householdId))).status).toBe(404)
  })
})
