// DEMO ONLY. The demo municipalities' record systems as machine clients of the FHIR face: each one's
// OAuth client id, organisation number and scopes, and the PRIVATE key it signs its client assertions
// with. The keys are published here on purpose, so that anyone can try the FHIR face after `npm start`
// (`npm run fhir:token -- lunner`): the local stand-in token endpoint, which only demo mode starts,
// registers their public halves. No real issuer knows them; never register them anywhere else.
import type { JWK } from 'jose'
import { FHIR_READ_SCOPE, FHIR_WRITE_SCOPE } from '../oidc/machineTokenConfig'
import type { Queryable } from '../storage/database'
import { GJOVIK_ID, LUNNER_ID } from './demoTenants'

export interface DemoRecordSystem {
  clientId: string
  municipalityId: string
  /** Invented numbers (valid modulus 11) standing in for the municipalities' own. */
  organisationNumber: string
  scopes: readonly string[]
  /** ES256; the public half is this without `d`. */
  privateJwk: JWK & { kid: string }
}

export const DEMO_RECORD_SYSTEMS: Readonly<Record<'lunner' | 'gjovik', DemoRecordSystem>> = {
  lunner: {
    clientId: 'lunner-journal-demo',
    municipalityId: LUNNER_ID,
    organisationNumber: '990000018',
    scopes: [FHIR_READ_SCOPE, FHIR_WRITE_SCOPE],
    privateJwk: {
      kty: 'EC',
      crv: 'P-256',
      kid: 'lunner-journal-demo-1',
      x: '8NmUTgczg7ogIVDp2cH1o8lg_rAiTLfn7OeYl8g3dHU',
      y: 'jeXeNsDla9Dr7F6zdvubN3YF0_pGt3stXMDpEn43Dl4',
      d: 'fZbe_d2i8i_rti9VsYR605FOod5yoqbvuk49_h8PNOM',
    },
  },
  gjovik: {
    clientId: 'gjovik-journal-demo',
    municipalityId: GJOVIK_ID,
    organisationNumber: '990000026',
    scopes: [FHIR_READ_SCOPE, FHIR_WRITE_SCOPE],
    privateJwk: {
      kty: 'EC',
      crv: 'P-256',
      kid: 'gjovik-journal-demo-1',
      x: '27jh3I3-Mu0cYbJ27BOPAJMv9A9n2OEsCEiZqkVyGfE',
      y: 'VSie24op_gmiDCC36JPmrc7Yja1hTbzsYu2OIOb9pHQ',
      d: 'FcI1EgbxqhlWTRRnjOvhrNS09ENEXRDzIE3Pc2elp3A',
    },
  },
}

/** The key a stand-in provider registers for the client: the private one without its private part. */
export function publicJwkOf(system: DemoRecordSystem): JWK {
  const { d: _private, ...publicJwk } = system.privateJwk
  return { ...publicJwk, alg: 'ES256', use: 'sig' }
}

/** The demo municipalities' organisation numbers, also on a demo database seeded before they were known. */
export async function seedDemoOrganisationNumbers(db: Queryable): Promise<void> {
  for (const system of Object.values(DEMO_RECORD_SYSTEMS))
    await db.query('UPDATE municipalities SET organisation_number = $2 WHERE id = $1 AND organisation_number IS NULL', [
      system.municipalityId,
      system.organisationNumber,
    ])
}
