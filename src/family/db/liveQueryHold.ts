// Lets a long pull hold back the screens' live queries while it writes page after page: re-reading and
// redrawing after every page would compete with the writes for the device's database and main thread.
// Beside Dexie in its chunk (vite.config.ts): the first screen's queries and the lazy sync engine share it.
export const liveQueryHold: {
  /** While held: how each query that saw a change reads again once the hold ends. */
  paused?: Set<() => void>
} = {}
