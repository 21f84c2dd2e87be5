import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ErrorBody } from '../../src/protocol'
import { coreRoutes } from '../../src/server/api/apiRoutes'
import { useTestServer } from './support/testServer'

const world = useTestServer({ demo: true })

const pathOf = (path: string) => path.replace(/:\w+/g, randomUUID())
const bodyFor = (method: string) => (method === 'GET' ? {} : { body: {} })
const signedInRoutes = coreRoutes.filter((route) => route.access !== 'anyone')

describe('who may call what', () => {
  it.each(signedInRoutes.map((route) => [route.method.toUpperCase(), route.path] as const))(
    '%s %s answers 401 without a token',
    async (method, path) => {
      const response = await world().anonymous.request(method, pathOf(path), bodyFor(method))
      expect(response.status).toBe(401)
      expect(ErrorBody.parse(response.body).error.code).toBe('unauthorized')
    },
  )

  it.each(
    coreRoutes
      .filter((route) => route.access === 'staff')
      .map((route) => [route.method.toUpperCase(), route.path] as const),
  )('%s %s answers 403 to a parent', async (method, path) => {
    const response = await (await world().as('lunner-forelder-1')).request(method, pathOf(path), bodyFor(method))
    expect(response.status).toBe(403)
    expect(ErrorBody.parse(response.body).error.code).toBe('forbidden')
  })

  it.each(
    coreRoutes
      .filter((route) => route.access === 'caregiver')
      .map((route) => [route.method.toUpperCase(), route.path] as const),
  )('%s %s answers 403 to staff, who have no household', async (method, path) => {
    const response = await (await world().as('gjovik-ansatt')).request(method, pathOf(path), bodyFor(method))
    expect(response.status).toBe(403)
  })

  it('checks the token before the input, so a stranger learns nothing about what is valid', async () => {
    const response = await world().anonymous.post('/mutations', { nonsense: true })
    expect(response.status).toBe(401)
  })
})
