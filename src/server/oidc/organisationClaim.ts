// The organisation a machine client acts for, as Maskinporten names it in its access tokens (the `consumer`
// claim, an ISO 6523 identifier whose scheme 0192 is Norway's organisation number) and as HelseID does (the
// legal entity's organisation number in `helseid://claims/client/claims/orgnr_parent`).
import { z } from 'zod'

const ORGANISATION_NUMBER_SCHEME = '0192'

const Consumer = z.object({
  authority: z.literal('iso6523-actorid-upis'),
  ID: z.string().regex(/^0192:\d{9}$/),
})

/** The claim a token carries for the organisation number `organisationNumber`. */
export function organisationClaim(organisationNumber: string): { consumer: z.infer<typeof Consumer> } {
  return { consumer: { authority: 'iso6523-actorid-upis', ID: `${ORGANISATION_NUMBER_SCHEME}:${organisationNumber}` } }
}

/** HelseID names the legal entity (the municipality); a child organisation (a unit of it) is beside it. */
export const HELSEID_PARENT_ORGANISATION = 'helseid://claims/client/claims/orgnr_parent'

/** The organisation number a token's claims name; null when they name none, or not in either form. */
export function organisationNumberOf(claims: Record<string, unknown>): string | null {
  const parsed = Consumer.safeParse(claims.consumer)
  if (parsed.success) return parsed.data.ID.slice(ORGANISATION_NUMBER_SCHEME.length + 1)
  const helseId = claims[HELSEID_PARENT_ORGANISATION]
  return typeof helseId === 'string' && /^\d{9}$/.test(helseId) ? helseId : null
}
