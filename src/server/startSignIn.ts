// Sets up signing in for one server: the relying parties of the configured providers (or of the local
// stand-ins in demo mode), the issuer of the record systems' access tokens, the person-number hash key,
// and the app's origin once the server listens.
import type { Clock } from '../domain/clock'
import type { ServerConfig } from './config'
import { loadPidHashKey } from './oidc/pidHash'
import { RelyingParty } from './oidc/relyingParty'
import { idportenProvider, staffProvider } from './oidc/signInProviders'
import type { SignInServices } from './oidc/signInServices'
import type { Database } from './storage/database'

export interface SignIn {
  services: SignInServices
  /** Call once the server listens at `url`: the redirect URIs are known from then on. */
  listening(url: string): void
  close(): Promise<void>
}

export async function startSignIn(
  config: ServerConfig,
  db: Database,
  clock: Clock,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SignIn> {
  const needsStandIn = config.localIdpPort !== null && (!config.idporten || !config.staffIdp || !config.machineTokens)
  // Loaded only in demo mode: a real deployment never carries the stand-in provider in memory.
  const localIdp = needsStandIn
    ? await (await import('./localIdp/localIdp')).startLocalIdp(config.localIdpPort ?? 0, db, config.fhirTokenAudience)
    : null
  const idporten = config.idporten ?? localIdp?.idporten ?? null
  const staff = config.staffIdp ?? localIdp?.staff ?? null
  const pidKey = await loadPidHashKey(db, env)
  let appOrigin = config.publicUrl ?? ''
  const services: SignInServices = {
    passwordLogin: config.passwordLogin,
    providers: {
      ...(idporten && {
        idporten: idportenProvider(new RelyingParty(idporten, clock), pidKey, idporten.minimumAcr),
      }),
      ...(staff && { staff: staffProvider(new RelyingParty(staff, clock), staff) }),
    },
    machineTokens: config.machineTokens ?? localIdp?.machineTokens ?? null,
    pidKey,
    appOrigin: () => appOrigin,
  }
  return {
    services,
    listening(url) {
      appOrigin = config.publicUrl ?? url
      localIdp?.serve(appOrigin)
    },
    async close() {
      await localIdp?.close()
    },
  }
}
