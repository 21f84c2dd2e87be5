// The local stand-ins for ID-porten (`/idporten`), the municipality's staff provider (`/staff`) and the
// record systems' token endpoint (`/maskinporten`) on their own loopback port, so they are another origin
// than the app, as the real ones are, and the app's strict CSP and service worker never meet their pages.
// Started in demo mode and by tests.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type Provider from 'oidc-provider'
import { apiPath } from '../../protocol/routes/routePath'
import { signInRedirectRoutes } from '../../protocol/routes/signInRedirectRoutes'
import type { MachineTokenConfig } from '../oidc/machineTokenConfig'
import type { IdportenConfig, StaffIdpConfig } from '../oidc/oidcConfig'
import type { Queryable } from '../storage/database'
import { DEMO_FAMILY_PEOPLE, DEMO_STAFF_PEOPLE, DEMO_STAFF_ROLE } from '../seed/demoPeople'
import { personPicker } from './interactions'
import { machineTokenProvider } from './machineTokenProvider'
import { loadStandInKeys } from './standInKeys'
import { standInProvider, type StandInPerson } from './standInProvider'

export interface LocalIdp {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** What the app's relying parties are configured with to use the stand-ins. */
  idporten: IdportenConfig
  staff: StaffIdpConfig
  /** What the FHIR face is configured with to accept the demo record systems' access tokens. */
  machineTokens: MachineTokenConfig
  /** Registers the app's redirect URIs (known once the app listens) and starts answering. */
  serve(appOrigin: string): void
  close(): Promise<void>
}

/** ID-porten's `sub` is a pseudonym per person, not the person number. */
export const standInSub = (pid: string) => `demo-${createHash('sha256').update(pid).digest('base64url').slice(0, 24)}`

const familyPeople = new Map<string, StandInPerson>(
  DEMO_FAMILY_PEOPLE.map((person) => [
    standInSub(person.pid),
    { sub: standInSub(person.pid), claims: { pid: person.pid, name: person.name } },
  ]),
)
const staffPeople = new Map<string, StandInPerson>(
  DEMO_STAFF_PEOPLE.map((person) => [
    person.sub,
    { sub: person.sub, claims: { name: person.name, email: person.email, roles: [...person.roles] } },
  ]),
)

/** The app's callback for one provider, as the provider must know it. */
const callbackPath = (provider: 'idporten' | 'staff') => apiPath(signInRedirectRoutes.finishSignIn, { provider })

/**
 * Starts the stand-ins on `port` (0: a free one), with their keys from `db` (made there on first start);
 * the token endpoint issues access tokens for `fhirAudience`.
 */
export async function startLocalIdp(port: number, db: Queryable, fhirAudience: string): Promise<LocalIdp> {
  const { signing, idportenClient, staffSecret, cookieKey } = await loadStandInKeys(db)
  let mounted: Array<{ prefix: string; handler: ReturnType<Provider['callback']> }> = []
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/'
    const found = mounted.find(
      ({ prefix }) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
    )
    if (!found) {
      res.writeHead(404).end()
      return
    }
    // Mounted as Express mounts an app: the provider sees its own paths and finds its prefix in originalUrl.
    Object.assign(req, { originalUrl: url })
    req.url = url.slice(found.prefix.length) || '/'
    void found.handler(req, res)
  }
  const server = createServer(handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const idporten: IdportenConfig = {
    issuer: `${url}/idporten`,
    clientId: 'pusterom-demo',
    clientJwk: idportenClient.privateJwk,
    scope: 'openid profile',
    authorizationParams: { acr_values: 'idporten-loa-substantial' },
    minimumAcr: 'idporten-loa-substantial',
  }
  const staff: StaffIdpConfig = {
    issuer: `${url}/staff`,
    clientId: 'pusterom-staff-demo',
    clientSecret: staffSecret,
    scope: 'openid profile email',
    roleClaim: 'roles',
    roleValue: DEMO_STAFF_ROLE,
    accountClaim: 'sub',
  }
  const machineTokens: MachineTokenConfig = {
    issuer: `${url}/maskinporten`,
    jwksUrl: `${url}/maskinporten/jwks`,
    audience: fhirAudience,
  }

  return {
    url,
    idporten,
    staff,
    machineTokens,
    serve(appOrigin) {
      const families = standInProvider({
        issuer: idporten.issuer,
        mountPath: '/idporten',
        signingJwk: signing.privateJwk,
        cookieKey,
        client: {
          clientId: idporten.clientId,
          publicJwk: idportenClient.publicJwk,
          redirectUris: [`${appOrigin}${callbackPath('idporten')}`],
          postLogoutRedirectUris: [`${appOrigin}/sign-in`],
        },
        openidClaims: ['sub', 'pid'],
        acrValues: ['idporten-loa-substantial', 'idporten-loa-high'],
        findPerson: (sub) => familyPeople.get(sub),
      })
      families.use(
        personPicker(families, {
          mountPath: '/idporten',
          title: (texts) => texts.idportenTitle,
          people: DEMO_FAMILY_PEOPLE.map((person) => ({
            id: standInSub(person.pid),
            name: person.name,
            detail: person.pid,
            hasAccess: person.username !== null,
          })),
          withLevel: true,
          defaultAcr: 'idporten-loa-substantial',
          amr: ['TestID'],
        }),
      )
      const staffIdp = standInProvider({
        issuer: staff.issuer,
        mountPath: '/staff',
        signingJwk: signing.privateJwk,
        cookieKey,
        client: {
          clientId: staff.clientId,
          clientSecret: staffSecret,
          redirectUris: [`${appOrigin}${callbackPath('staff')}`],
          postLogoutRedirectUris: [`${appOrigin}/kommune/logg-inn`],
        },
        openidClaims: ['sub', 'roles'],
        acrValues: [],
        findPerson: (sub) => staffPeople.get(sub),
      })
      staffIdp.use(
        personPicker(staffIdp, {
          mountPath: '/staff',
          title: (texts) => texts.staffTitle,
          people: DEMO_STAFF_PEOPLE.map((person) => ({
            id: person.sub,
            name: person.name,
            detail: person.email,
            hasAccess: person.username !== null,
          })),
          withLevel: false,
          defaultAcr: undefined,
          amr: ['pwd'],
        }),
      )
      const machines = machineTokenProvider({
        issuer: machineTokens.issuer,
        audience: machineTokens.audience,
        signingJwk: signing.privateJwk,
        cookieKey,
      })
      mounted = [
        { prefix: '/idporten', handler: families.callback() },
        { prefix: '/staff', handler: staffIdp.callback() },
        { prefix: '/maskinporten', handler: machines.callback() },
      ]
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
