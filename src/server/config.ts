// The server's configuration, read once from the environment.
import path from 'node:path'
import { OLDEST_SERVED_PROTOCOL, PROTOCOL_VERSION } from '../protocol/protocolVersion'
import { fhirAudienceFromEnv, machineTokensFromEnv, type MachineTokenConfig } from './oidc/machineTokenConfig'
import { idportenFromEnv, staffIdpFromEnv, type IdportenConfig, type StaffIdpConfig } from './oidc/oidcConfig'

export interface ServerConfig {
  host: string
  port: number
  /** Where the embedded database keeps its files. */
  dataDir: string
  /** A PostgreSQL URL; when set it is used instead of the embedded database. */
  databaseUrl: string | null
  /** The built app to serve. */
  distDir: string
  /** Seed the demo municipalities, households and logins on an empty database. */
  demo: boolean
  /** Let pushes go to push services on this machine (a local stand-in); off, they go only to public https:. */
  pushAllowLoopback: boolean
  /** The origin families reach the app at, for the providers' redirect URIs; null: this server's own URL. */
  publicUrl: string | null
  /** Username and password sign-in: on in demo mode only. */
  passwordLogin: boolean
  /** ID-porten for families; null: off (or the local stand-in, see `localIdpPort`). */
  idporten: IdportenConfig | null
  /** The municipality's own identity provider for staff; null: off (or the local stand-in). */
  staffIdp: StaffIdpConfig | null
  /** FHIR_TOKEN_*: the issuer of the record systems' access tokens to the FHIR face; null: off (or the stand-in). */
  machineTokens: MachineTokenConfig | null
  /** FHIR_TOKEN_AUDIENCE: the `aud` the FHIR face's access tokens must name (the stand-in's too). */
  fhirTokenAudience: string
  /**
   * Start local stand-ins for ID-porten, the staff provider and the record systems' token endpoint on this
   * loopback port (0: any free one), for whichever is not configured; null: none. Demo mode only.
   */
  localIdpPort: number | null
  /** METRICS_TOKEN: a bearer token that lets a scraper that is not on this machine read /metrics. */
  metricsToken: string | null
  /** SHUTDOWN_GRACE_SECONDS: how long a stopping server lets requests in flight and jobs finish. */
  shutdownGraceMs: number
  /** ACCESS_LOG_RETENTION_DAYS: how long the access log keeps an entry (default two years). */
  accessLogRetentionDays: number
  /**
   * OLDEST_APP_PROTOCOL: the oldest protocol version of the family app still served; older apps are asked to
   * update (426). Raise it to the current version to make every phone update before it syncs again.
   */
  oldestServedProtocol: number
}

const isOn = (value: string | undefined) => value === '1' || value === 'true'

/**
 * Outside demo mode the contact must be real: Apple's push service refuses pushes whose VAPID subject is not
 * a mailto: or https: address it could reach, and the default's `.invalid` is reachable by no one.
 */
function checkVapidSubject(subject: string | undefined): void {
  const value = subject?.trim() ?? ''
  let host = ''
  try {
    const url = new URL(value)
    host = url.protocol === 'mailto:' ? url.pathname.slice(url.pathname.lastIndexOf('@') + 1) : url.hostname
    if (url.protocol !== 'mailto:' && url.protocol !== 'https:') host = ''
  } catch {
    // not a URL: refused below
  }
  const domain = host.toLowerCase().replace(/\.$/, '')
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) || domain.endsWith('.invalid'))
    throw new Error(
      `With DEMO=0, set VAPID_SUBJECT to the operator's real contact, a mailto: or https: address (mailto:drift@lunner.kommune.no), got ${value || 'nothing'}`,
    )
}

function oldestServedProtocol(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return OLDEST_SERVED_PROTOCOL
  const version = Number(value)
  if (!Number.isInteger(version) || version < OLDEST_SERVED_PROTOCOL || version > PROTOCOL_VERSION)
    throw new Error(
      `OLDEST_APP_PROTOCOL must be a protocol version from ${OLDEST_SERVED_PROTOCOL} to ${PROTOCOL_VERSION}, got ${value}`,
    )
  return version
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`)
  const databaseUrl = env.DATABASE_URL?.trim() || null
  // Demo data is on by default with the embedded database, off with a real PostgreSQL.
  const demo = env.DEMO ? isOn(env.DEMO) : databaseUrl === null
  if (!demo) checkVapidSubject(env.VAPID_SUBJECT)
  const localIdpPort = Number(env.DEMO_IDP_PORT ?? (port === 0 ? 0 : port + 1))
  if (!Number.isInteger(localIdpPort) || localIdpPort < 0 || localIdpPort > 65535)
    throw new Error(`DEMO_IDP_PORT must be a port number, got ${env.DEMO_IDP_PORT}`)
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '') || null
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl))
    throw new Error(`PUBLIC_URL must be an origin like https://pusterom.example.no, got ${publicUrl}`)
  const metricsToken = env.METRICS_TOKEN?.trim() || null
  if (metricsToken !== null && !/^[\x21-\x7e]{16,}$/.test(metricsToken))
    throw new Error('METRICS_TOKEN must be at least 16 printable characters without spaces')
  const graceSeconds = Number(env.SHUTDOWN_GRACE_SECONDS ?? 20)
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0)
    throw new Error(`SHUTDOWN_GRACE_SECONDS must be a number of seconds, got ${env.SHUTDOWN_GRACE_SECONDS}`)
  const retentionDays = Number(env.ACCESS_LOG_RETENTION_DAYS ?? 730)
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new Error(`ACCESS_LOG_RETENTION_DAYS must be a whole number of days, got ${env.ACCESS_LOG_RETENTION_DAYS}`)
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    databaseUrl,
    distDir: path.resolve(env.DIST_DIR ?? 'dist'),
    demo,
    pushAllowLoopback: isOn(env.PUSH_ALLOW_LOOPBACK),
    publicUrl,
    passwordLogin: demo,
    idporten: idportenFromEnv(env),
    staffIdp: staffIdpFromEnv(env),
    machineTokens: machineTokensFromEnv(env),
    fhirTokenAudience: fhirAudienceFromEnv(env),
    localIdpPort: demo ? localIdpPort : null,
    metricsToken,
    shutdownGraceMs: graceSeconds * 1000,
    accessLogRetentionDays: retentionDays,
    oldestServedProtocol: oldestServedProtocol(env.OLDEST_APP_PROTOCOL),
  }
}
