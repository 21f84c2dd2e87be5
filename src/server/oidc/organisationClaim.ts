// The organisation a machine client acts for, as Maskinporten names it in its access tokens: the
// `consumer` claim, an ISO 6523 identifier whose scheme 0192 is Norway's organisation number.
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

/** The organisation number a token's claims name; null when they name none, or not in this form. */
export function organisationNumberOf(claims: Record<string, unknown>): string | null {
  const parsed = Consumer.safeParse(claims.consumer)
  return parsed.success ? parsed.data.ID.slice(ORGANISATION_NUMBER_SCHEME.length + 1) : null
}
