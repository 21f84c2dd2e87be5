// Node's JS heap for rough memory figures: a forced collection makes "what is still held" measurable.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
// The flag only exposes `gc` to contexts created after it is set.
const collect = runInNewContext('gc') as () => void

/** The heap in use after a full collection. */
export function heapAfterCollection(): number {
  collect()
  collect()
  return process.memoryUsage().heapUsed
}
