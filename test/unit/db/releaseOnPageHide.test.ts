import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { releaseDatabaseOnPageHide } from '../../../src/family/db/releaseOnPageHide'

const name = 'release-on-page-hide'
afterEach(() => Dexie.delete(name))

async function anOpenDatabase(page: EventTarget): Promise<Dexie> {
  const db = new Dexie(name)
  db.version(1).stores({ medications: 'id' })
  releaseDatabaseOnPageHide(db, page)
  await db.table('medications').put({ id: 'm1', dose: '6 ml' })
  return db
}

function pageHide(persisted: boolean): Event {
  return Object.assign(new Event('pagehide'), { persisted })
}

describe('a page going into the back-forward cache', () => {
  it('aborts the reads it still runs, so they hold no table for the page after it', async () => {
    const page = new EventTarget()
    const db = await anOpenDatabase(page)
    const reading = db.table('medications').get('m1')
    await Promise.resolve() // the read's transaction has begun

    page.dispatchEvent(pageHide(true))

    await expect(reading).rejects.toThrow()
  })

  it('lets its connection go', async () => {
    const page = new EventTarget()
    const db = await anOpenDatabase(page)

    page.dispatchEvent(pageHide(true))

    expect(db.isOpen()).toBe(false)
  })

  it('reads again when it comes back', async () => {
    const page = new EventTarget()
    const db = await anOpenDatabase(page)
    page.dispatchEvent(pageHide(true))

    expect(await db.table('medications').get('m1')).toEqual({ id: 'm1', dose: '6 ml' })
  })
})

describe('a page that is left for good', () => {
  it('lets its reads finish', async () => {
    const page = new EventTarget()
    const db = await anOpenDatabase(page)
    const reading = db.table('medications').get('m1')

    page.dispatchEvent(pageHide(false))

    expect(await reading).toEqual({ id: 'm1', dose: '6 ml' })
    expect(db.isOpen()).toBe(true)
  })
})
