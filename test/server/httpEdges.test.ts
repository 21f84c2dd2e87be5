// What reaches the server at the edges of HTTP is answered in the error shape too: an address too long
// for the server's limits, a request that is not HTTP, an API address in capitals, a scheme in lower case.
import { Agent, get } from 'node:http'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { ErrorBody } from '../../src/protocol'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return ErrorBody.parse(await response.json()).error
}

/** Sends bytes that are not an HTTP request and reads the whole answer. */
function rawExchange(bytes: string): Promise<string> {
  const { hostname, port } = new URL(world().url)
  return new Promise((resolve, reject) => {
    let answer = ''
    const socket = connect(Number(port), hostname, () => socket.write(bytes))
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('the edges of HTTP', () => {
  it('answers an address over the 16 kB limit with 431 in the error shape', async () => {
    const response = await fetch(`${world().url}/api/v1/staff/households?name=${'x'.repeat(17 * 1024)}`)
    expect(response.status).toBe(431)
    expect((await errorOf(response)).code).toBe('payload_too_large')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('answers a request that is not HTTP with 400 in the error shape', async () => {
    const answer = await rawExchange('HELLO THERE\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    const body = answer.slice(answer.indexOf('\r\n\r\n') + 4)
    expect(ErrorBody.parse(JSON.parse(body)).error.code).toBe('invalid_request')
  })

  it('answers an API address written in capitals with 404 in the error shape, never with the app', async () => {
    for (const path of ['/API/V1/sync', '/Api/v1/session', '/API']) {
      const response = await fetch(world().url + path)
      expect(response.status, path).toBe(404)
      expect((await errorOf(response)).code).toBe('not_found')
    }
  })

  it('keeps an idle connection open for 65 s, longer than a proxy in front keeps its own', async () => {
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      const agent = new Agent({ keepAlive: true })
      get(`${world().url}/livez`, { agent }, (response) => {
        response.resume()
        resolve(response.headers['keep-alive'])
        agent.destroy()
      }).on('error', reject)
    })
    expect(keepAlive).toBe('timeout=65')
  })

  it('answers a missing file with 404 in the error shape', async () => {
    const response = await fetch(`${world().url}/assets/nothing-here-1234.js`)
    expect(response.status).toBe(404)
    expect((await errorOf(response)).code).toBe('not_found')
  })

  it('takes the bearer scheme in any case, as HTTP says it is named', async () => {
    const { token } = await world().signIn('lunner-forelder-1')
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const response = await fetch(`${world().url}/api/v1/municipality`, {
        headers: { authorization: `${scheme} ${token}` },
      })
      expect(response.status, scheme).toBe(200)
    }
  })
})
