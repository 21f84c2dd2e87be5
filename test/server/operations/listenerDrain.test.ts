// Draining the listener: connections that answer nothing close at once, whatever the grace.
import { once } from 'node:events'
import { connect } from 'node:net'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { listen } from '../../../src/server/operations/listener'

const HOUR = 60 * 60 * 1000

describe('draining the listener', () => {
  it('closes a connection that never sent a request (a browser’s preconnect) at once, not after the grace', async () => {
    const listener = await listen('127.0.0.1', 0, new Hono())
    const socket = connect(listener.port, '127.0.0.1')
    await once(socket, 'connect')
    const closed = once(socket, 'close')
    await listener.drain(HOUR)
    await closed
  })

  it('closes a kept-alive connection whose request was answered at once, not after the grace', async () => {
    const app = new Hono().get('/', (c) => c.text('ok'))
    const listener = await listen('127.0.0.1', 0, app)
    const socket = connect(listener.port, '127.0.0.1')
    await once(socket, 'connect')
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    const [answer] = (await once(socket, 'data')) as [Buffer]
    expect(answer.toString()).toMatch(/^HTTP\/1\.1 200 /)
    const closed = once(socket, 'close')
    await listener.drain(HOUR)
    await closed
  })
})
