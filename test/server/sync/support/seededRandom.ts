// A small seeded random generator (mulberry32), so a failing chaos run can be told by its seed.
export interface Random {
  (): number
  int(below: number): number
  pick<T>(items: readonly T[]): T | undefined
  chance(probability: number): boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }) as Random
  next.int = (below) => Math.floor(next() * below)
  next.pick = (items) => items[next.int(items.length)]
  next.chance = (probability) => next() < probability
  return next
}
