// Each request's id: the one a proxy or client sent in X-Request-Id when it is sane (a short token of
// plain characters, nothing that could carry a sentence or a line break), otherwise a new UUID.
import { randomUUID } from 'node:crypto'

export const REQUEST_ID_HEADER = 'X-Request-Id'

const SANE = /^[A-Za-z0-9._:-]{8,128}$/

export function requestIdOf(sent: string | undefined, make: () => string = randomUUID): string {
  return sent !== undefined && SANE.test(sent) ? sent : make()
}
