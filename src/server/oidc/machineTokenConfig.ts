// Which access tokens the FHIR face accepts from machine clients (the municipality's record system,
// signed in with client credentials and `private_key_jwt`, as Maskinporten and HelseID sign systems in):
// the issuer, where its signing keys are, the audience the tokens must name. Unset, only staff sessions
// use the FHIR face (demo mode uses the local stand-in's token endpoint).

export interface MachineTokenConfig {
  /** The `iss` every token must carry, e.g. `https://maskinporten.no/`. */
  issuer: string
  /** The issuer's JWKS, e.g. `https://maskinporten.no/jwk`. */
  jwksUrl: string
  /** The `aud` every token must carry: this FHIR face's resource indicator. */
  audience: string
}

/** Read and search; plan and change stays. */
export const FHIR_READ_SCOPE = 'pusterom:fhir.read'
export const FHIR_WRITE_SCOPE = 'pusterom:fhir.write'

/** The audience when FHIR_TOKEN_AUDIENCE is unset (the demo stand-in issues tokens for it). */
export const DEFAULT_FHIR_AUDIENCE = 'https://pusterom.no/fhir/R4'

export function fhirAudienceFromEnv(env: NodeJS.ProcessEnv): string {
  return env.FHIR_TOKEN_AUDIENCE?.trim() || DEFAULT_FHIR_AUDIENCE
}

export function machineTokensFromEnv(env: NodeJS.ProcessEnv): MachineTokenConfig | null {
  const issuer = env.FHIR_TOKEN_ISSUER?.trim()
  if (!issuer) return null
  const jwksUrl = env.FHIR_TOKEN_JWKS_URL?.trim()
  if (!jwksUrl) throw new Error('FHIR_TOKEN_JWKS_URL must be set when FHIR_TOKEN_ISSUER is')
  if (!/^https?:\/\//.test(jwksUrl)) throw new Error(`FHIR_TOKEN_JWKS_URL must be an https: URL, got ${jwksUrl}`)
  return { issuer, jwksUrl, audience: fhirAudienceFromEnv(env) }
}
