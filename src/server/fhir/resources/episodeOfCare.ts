// A decision as a FHIR EpisodeOfCare: the child, the kinds of stay granted (type), the period it holds
// for, and the quota (amount per unit and period) as an extension, which EpisodeOfCare has no element for.
import type { Decision } from '../../../protocol'
import { EXTENSION, SYSTEM } from '../fhirSystems'
import { resourceMeta, type FhirResource } from './resourceMeta'

/** Active on `today` (a local date) unless its period has ended. */
export function episodeOfCareOf(decision: Decision, version: number, today: string): FhirResource {
  const ended = decision.validTo !== null && decision.validTo < today
  return {
    resourceType: 'EpisodeOfCare',
    id: decision.id,
    meta: resourceMeta(version),
    extension: [
      {
        url: EXTENSION.decisionQuota,
        extension: [
          { url: 'amount', valueDecimal: decision.amount },
          { url: 'unit', valueCode: decision.unit },
          { url: 'period', valueCode: decision.period },
        ],
      },
    ],
    status: ended ? 'finished' : 'active',
    type: decision.kinds.map((kind) => ({ coding: [{ system: SYSTEM.stayKind, code: kind }] })),
    patient: { reference: `Patient/${decision.recipientId}` },
    period: { start: decision.validFrom, ...(decision.validTo ? { end: decision.validTo } : {}) },
  }
}
