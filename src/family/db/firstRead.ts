// The first screen reads the device database through IndexedDB itself, so it paints before Dexie (28 KB)
// has loaded: Dexie's tables are plain object stores with their indexes. The connection is opened without a
// version, so it never upgrades (a new phone's database stays for Dexie to create), closes when the
// database changes version or is deleted, and is let go as soon as Dexie has taken over.
/** PusteromDatabase's name: not imported from database.ts, which would bring Dexie onto the first screen. */
export const DATABASE_NAME = 'pusterom'

export interface FirstReader {
  /**
   * Reads the named stores in one read-only transaction before Dexie has loaded; undefined when it cannot
   * (no database yet, a store this version lacks, or Dexie has taken over): the caller then asks Dexie.
   */
  read<T>(stores: string[], read: (transaction: IDBTransaction) => Promise<T>): Promise<T | undefined>
  /** Starts opening the database now: the page's start (texts, Vue, the router) runs while the device opens it. */
  warmUp(): void
  /** Dexie has loaded: the connection goes, before Dexie opens its own, and no read uses it again. */
  handOver(): void
}

export function firstReader(name: string): FirstReader {
  let connection: Promise<IDBDatabase | null> | undefined
  let handedOver = false
  const open = () =>
    openWithoutUpgrade(name).then((opened) => {
      if (handedOver) opened?.close()
      return handedOver ? null : opened
    })
  return {
    async read(stores, read) {
      if (handedOver) return undefined
      const database = await (connection ??= open())
      if (!database) return undefined
      try {
        return await read(database.transaction(stores, 'readonly'))
      } catch {
        return undefined
      }
    },
    warmUp() {
      if (!handedOver) connection ??= open()
    },
    handOver() {
      handedOver = true
      void connection?.then((database) => database?.close())
    },
  }
}

/** The app's device database, read so until Dexie takes over. */
export const firstRead = firstReader(DATABASE_NAME)

function openWithoutUpgrade(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.open(name)
    } catch {
      resolve(null) // no IndexedDB here (private browsing in old browsers): Dexie says why
      return
    }
    // Only a database that does not exist asks for an upgrade: it is Dexie's to create with its schema.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => {
      const opened = request.result
      // Dexie's upgrade to a new schema, or a sign-out's delete, must never wait for this connection.
      opened.onversionchange = () => opened.close()
      resolve(opened)
    }
    request.onerror = (event) => {
      event.preventDefault()
      resolve(null)
    }
  })
}

/** The answer of one request, as a promise. */
export function answerOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}
