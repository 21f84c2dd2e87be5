// The two providers people sign in with, and how each one's verified ID token maps to a provisioned
// user: ID-porten's person number (as a keyed hash) and level of assurance for families; the
// municipality's identity provider's role and subject claims for staff.
import type { Role, SignInFailure } from '../../protocol'
import type { Queryable } from '../storage/database'
import { userOfIdentity, type IdentityProvider } from './identities'
import { isPersonNumber, pidHash } from './pidHash'
import type { RelyingParty, VerifiedSignIn } from './relyingParty'

/** ID-porten's levels of assurance, lowest first. */
export const IDPORTEN_ACR_LEVELS = ['idporten-loa-substantial', 'idporten-loa-high'] as const
export type IdportenAcr = (typeof IDPORTEN_ACR_LEVELS)[number]

export interface SignInProvider {
  name: IdentityProvider
  role: Role
  relyingParty: RelyingParty
  /** The app page that finishes the sign-in (`<page>/complete?code=…`) or shows why it failed (`<page>?error=…`). */
  signInPage: string
  /** The provisioned user the verified sign-in stands for, or why there is none. */
  userOf(db: Queryable, signIn: VerifiedSignIn): Promise<{ userId: string } | { failure: SignInFailure }>
}

export function idportenProvider(relyingParty: RelyingParty, pidKey: Buffer, minimumAcr: IdportenAcr): SignInProvider {
  const accepted = IDPORTEN_ACR_LEVELS.slice(IDPORTEN_ACR_LEVELS.indexOf(minimumAcr)) as readonly string[]
  return {
    name: 'idporten',
    role: 'caregiver',
    relyingParty,
    signInPage: '/sign-in',
    async userOf(db, { claims }) {
      if (typeof claims.acr !== 'string' || !accepted.includes(claims.acr)) return { failure: 'failed' }
      if (!isPersonNumber(claims.pid)) return { failure: 'failed' }
      const userId = await userOfIdentity(db, 'idporten', pidHash(pidKey, claims.pid), 'caregiver')
      return userId ? { userId } : { failure: 'notProvisioned' }
    },
  }
}

export interface StaffClaims {
  /** The claim that carries roles (Entra ID: `roles`), and the value that makes someone staff here. */
  roleClaim: string
  roleValue: string
  /** The claim a staff account is provisioned by: `sub`, `oid` or `email`. */
  accountClaim: string
}

function hasRole(value: unknown, wanted: string): boolean {
  if (Array.isArray(value)) return value.includes(wanted)
  if (typeof value === 'string') return value.split(' ').includes(wanted)
  return false
}

export function staffProvider(relyingParty: RelyingParty, claims: StaffClaims): SignInProvider {
  return {
    name: 'staff',
    role: 'staff',
    relyingParty,
    signInPage: '/kommune/logg-inn',
    async userOf(db, signIn) {
      if (!hasRole(signIn.claims[claims.roleClaim], claims.roleValue)) return { failure: 'notProvisioned' }
      const subject = signIn.claims[claims.accountClaim]
      if (typeof subject !== 'string' || subject.length === 0 || subject.length > 320) return { failure: 'failed' }
      // E-mail addresses are matched without regard to case, as mail systems do.
      const key = claims.accountClaim === 'email' ? subject.toLowerCase() : subject
      const userId = await userOfIdentity(db, 'staff', key, 'staff')
      return userId ? { userId } : { failure: 'notProvisioned' }
    },
  }
}
