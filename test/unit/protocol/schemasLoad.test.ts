import { describe, expect, it } from 'vitest'

describe('the API’s schemas', () => {
  it('are all built without an error when the app or the server loads them', async () => {
    const protocol = await import('../../../src/protocol')
    expect(Object.keys(protocol)).toEqual(expect.arrayContaining(['Mutation', 'MessageFacts', 'StaffStayPatch']))
  })
})
