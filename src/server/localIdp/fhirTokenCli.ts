// `npm run fhir:token -- lunner [scope…]`: DEMO ONLY. Signs in as the demo record system of Lunner (or
// Gjøvik) at the local stand-in token endpoint of a server started with `npm start` (demo mode), and
// prints the access token for the FHIR face. It talks to this machine only: the demo keys are public.
import { DEMO_RECORD_SYSTEMS } from '../seed/demoRecordSystems'
import { requestToken } from './recordSystemToken'

const [name = 'lunner', ...scopes] = process.argv.slice(2)
if (name !== 'lunner' && name !== 'gjovik') {
  process.stderr.write(`usage: npm run fhir:token -- lunner|gjovik [scope …], not ${name}\n`)
  process.exit(2)
}
const system = DEMO_RECORD_SYSTEMS[name]
// The stand-ins listen next to the app (DEMO_IDP_PORT, by default PORT + 1), as `npm start` starts them.
const idpPort = Number(process.env.DEMO_IDP_PORT ?? Number(process.env.PORT ?? 8080) + 1)
const issuer = `http://127.0.0.1:${idpPort}/maskinporten`

async function tokenEndpoint(): Promise<string | null> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`)
    return response.ok ? ((await response.json()) as { token_endpoint: string }).token_endpoint : null
  } catch {
    return null
  }
}

const endpoint = await tokenEndpoint()
if (!endpoint) {
  process.stderr.write(`No stand-in token endpoint at ${issuer}: start the server in demo mode (npm start)\n`)
  process.exit(1)
}
const { status, body } = await requestToken({
  issuer,
  tokenEndpoint: endpoint,
  system,
  ...(scopes.length > 0 ? { scope: scopes.join(' ') } : {}),
})
if (status !== 200) {
  process.stderr.write(`The token endpoint answered ${status}: ${JSON.stringify(body)}\n`)
  process.exit(1)
}
process.stdout.write(`${String(body.access_token)}\n`)
