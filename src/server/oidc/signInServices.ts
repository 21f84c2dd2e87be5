// What the sign-in routes need: the providers that are on, whether the demo password login is, which
// access tokens the FHIR face accepts, and the origin families reach the app at (for redirect URIs),
// known once the server listens.
import type { AuthMethodsResponse } from '../../protocol'
import type { IdentityProvider } from './identities'
import type { MachineTokenConfig } from './machineTokenConfig'
import type { SignInProvider } from './signInProviders'

export interface SignInServices {
  /** Username and password (demo mode only). */
  passwordLogin: boolean
  providers: Partial<Record<IdentityProvider, SignInProvider>>
  /** The record systems' access tokens to the FHIR face; null or left out: staff sessions only. */
  machineTokens?: MachineTokenConfig | null
  /** The key person numbers are kept under (PID_HASH_KEY or the stored one): the CSV import hashes with it too. */
  pidKey?: Buffer
  /** e.g. `https://pusterom.lunner.kommune.no` or `http://127.0.0.1:8080`, no trailing slash. */
  appOrigin(): string
}

export function authMethods(services: SignInServices | undefined): AuthMethodsResponse {
  return {
    idporten: services?.providers.idporten !== undefined,
    staff: services?.providers.staff !== undefined,
    password: services?.passwordLogin ?? true,
  }
}
