import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { PusteromDatabase } from '../../../src/family/db/database'
import { readMeta } from '../../../src/family/db/meta'
import { readPersistenceState, requestPersistentStorage } from '../../../src/family/db/persistentStorage'

const databases: PusteromDatabase[] = []
function aDatabase(): PusteromDatabase {
  const database = new PusteromDatabase(`persist-${databases.length}-${Date.now()}`)
  databases.push(database)
  return database
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.delete()))
})

function browserStorage(answers: { persisted: boolean; persist: boolean }): StorageManager {
  return {
    persisted: async () => answers.persisted,
    persist: async () => answers.persist,
    estimate: async () => ({}),
    getDirectory: async () => {
      throw new Error('not used')
    },
  } as StorageManager
}

describe('asking for persistent storage', () => {
  it('remembers that the browser granted it', async () => {
    const database = aDatabase()
    expect(await requestPersistentStorage(database, browserStorage({ persisted: false, persist: true }))).toBe(
      'granted',
    )
    expect(await readMeta(database, 'persistentStorage')).toBe('granted')
  })

  it('remembers that the browser refused it, so the app can say so', async () => {
    const database = aDatabase()
    expect(await requestPersistentStorage(database, browserStorage({ persisted: false, persist: false }))).toBe(
      'refused',
    )
    expect(await readMeta(database, 'persistentStorage')).toBe('refused')
  })

  it('does not ask again when storage is already persistent', async () => {
    const database = aDatabase()
    let asked = false
    const storage = browserStorage({ persisted: true, persist: false })
    storage.persist = async () => {
      asked = true
      return false
    }
    expect(await requestPersistentStorage(database, storage)).toBe('granted')
    expect(asked).toBe(false)
  })

  it('says when the browser cannot persist storage at all', async () => {
    const database = aDatabase()
    expect(await requestPersistentStorage(database, undefined)).toBe('unsupported')
  })

  it('tells the settings page what the browser answered, and nothing before it was asked', async () => {
    const database = aDatabase()
    expect(await readPersistenceState(database)).toBeUndefined()
    await requestPersistentStorage(database, browserStorage({ persisted: false, persist: false }))
    expect(await readPersistenceState(database)).toBe('refused')
  })
})
