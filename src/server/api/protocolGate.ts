// The family app's protocol version (its `pusterom-protocol` header): the server serves the current
// version and the one before, and answers an older app `app_outdated` (426), so it updates before it syncs.
// Only the family's routes ask: staff tools and scripts call the API without it.
import type { Context } from 'hono'
import { OLDEST_SERVED_PROTOCOL, PROTOCOL_HEADER, PROTOCOL_VERSION, protocolOfHeader } from '../../protocol'
import { ApiError } from '../errors/apiError'
import type { Access } from '../../protocol/routes/route'

export function servedProtocol(c: Context, access: Access, oldest = OLDEST_SERVED_PROTOCOL): number {
  if (access !== 'caregiver') return PROTOCOL_VERSION
  const version = protocolOfHeader(c.req.header(PROTOCOL_HEADER))
  if (version === null)
    throw new ApiError('invalid_request', `${PROTOCOL_HEADER} must be a protocol version number`, PROTOCOL_HEADER)
  if (version < oldest)
    throw new ApiError(
      'app_outdated',
      `This app speaks protocol ${version}; the server serves ${oldest} to ${PROTOCOL_VERSION}: update the app`,
    )
  // A newer app than the server speaks is served as the server's own: it skips nothing it knows.
  return Math.min(version, PROTOCOL_VERSION)
}
