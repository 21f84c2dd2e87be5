// Outside demo mode (DEMO=0) the password login is off: families and staff sign in through providers only.
import { describe, expect, it } from 'vitest'
import { AuthMethodsResponse, ErrorBody } from '../../../src/protocol'
import { readConfig } from '../../../src/server/config'
import { useTestServer } from '../support/testServer'

const world = useTestServer({ demo: true, passwordLogin: false })

describe('the password login outside demo mode', () => {
  it('is off when DEMO=0, and on in demo mode', () => {
    expect(readConfig({ DEMO: '0', VAPID_SUBJECT: 'mailto:drift@lunner.kommune.no' }).passwordLogin).toBe(false)
    expect(readConfig({ DEMO: '1' }).passwordLogin).toBe(true)
  })

  it('answers 404 in the error shape, even with the right password', async () => {
    const response = await world().anonymous.post('/session', { username: 'lunner-forelder-1', password: 'demo' })
    expect(response.status).toBe(404)
    expect(ErrorBody.parse(response.body).error.code).toBe('not_found')
  })

  it('is not among the ways in the app is told about', async () => {
    const methods = AuthMethodsResponse.parse((await world().anonymous.get('/auth/methods')).body)
    expect(methods.password).toBe(false)
  })
})
