// Which version of the sync protocol an app speaks, sent with every request, so a server can keep serving
// apps a phone has not updated yet. A version adds what older apps cannot read (an entity, a state);
// the server serves the current version and the one before, and asks older apps to update first (426).
import type { EntityName } from './entities'

/** The header every request of the app carries; a request without it is from an app of version 1. */
export const PROTOCOL_HEADER = 'pusterom-protocol'
/** What this app and this server speak. */
export const PROTOCOL_VERSION = 2
/** The oldest app the server still serves; an older one is answered `app_outdated` (426) and updates itself. */
export const OLDEST_SERVED_PROTOCOL = PROTOCOL_VERSION - 1

/**
 * The version that brought each entity that an app of an earlier version does not know; an app from
 * before it gets none of them. (Version 1 apps check every page whole: one unknown record stops their sync.)
 */
export const entitySince: Partial<Record<EntityName, number>> = {
  replacedEdit: 2, // edits merged by field: "the other parent replaced your change"
  familyMessage: 2, // apps of version 2 that do not know it leave it out (readableRows)
}

/** The version from which a message may come as facts alone (no title or body), with kinds of facts version 1 lacks. */
export const MESSAGES_AS_FACTS_SINCE = 2

/** The version a request's header names; 1 without one; null when it names none. */
export function protocolOfHeader(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return 1
  return /^[1-9]\d{0,3}$/.test(value.trim()) ? Number(value.trim()) : null
}

/** Whether an app of `version` can read the entity at all. */
export function readableIn(entity: string, version: number): boolean {
  return (entitySince[entity as EntityName] ?? 1) <= version
}
