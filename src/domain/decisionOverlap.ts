// Two decisions (vedtak) of one child may not grant the same kind of stay on the same day: the plan could
// not tell which one a stay uses. A new decision for a service begins after the old one has ended.
import type { Decision } from '../protocol/entities'

type Terms = Pick<Decision, 'id' | 'recipientId' | 'kinds' | 'validFrom' | 'validTo'>

const FOREVER = '9999-12-31'

/** The first of `others` that grants one of the same kinds to the same child on a day this one is valid. */
export function overlappingDecision<D extends Terms>(decision: Terms, others: readonly D[]): D | undefined {
  return others.find(
    (other) =>
      other.id !== decision.id &&
      other.recipientId === decision.recipientId &&
      other.kinds.some((kind) => decision.kinds.includes(kind)) &&
      other.validFrom <= (decision.validTo ?? FOREVER) &&
      decision.validFrom <= (other.validTo ?? FOREVER),
  )
}
