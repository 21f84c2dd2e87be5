// What the stand-in providers remember (their sessions, interactions, codes and grants): in this
// process's memory, gone on restart. Right for a one-process demo and test stand-in; a real provider
// keeps these in shared storage.
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider'

interface Entry {
  payload: AdapterPayload
  expiresAt: number
}

export function standInStore(): AdapterFactory {
  const entries = new Map<string, Entry>()
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key)
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key)
    return entries.get(key)
  }
  const findWhere = (model: string, matches: (payload: AdapterPayload) => boolean) => {
    for (const [key, entry] of entries)
      if (key.startsWith(`${model}:`) && matches(entry.payload)) return live(key)?.payload
    return undefined
  }
  return (model: string): Adapter => ({
    async upsert(id, payload, expiresIn) {
      const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity
      entries.set(`${model}:${id}`, { payload, expiresAt })
    },
    async find(id) {
      return live(`${model}:${id}`)?.payload
    },
    async findByUid(uid) {
      return findWhere(model, (payload) => payload.uid === uid)
    },
    async findByUserCode(userCode) {
      return findWhere(model, (payload) => payload.userCode === userCode)
    },
    async consume(id) {
      const entry = live(`${model}:${id}`)
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000)
    },
    async destroy(id) {
      entries.delete(`${model}:${id}`)
    },
    async revokeByGrantId(grantId) {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key)
    },
  })
}
