// The open channels of this process, by who may hear what: a household's devices hear its changes and
// their municipality's shared ones, staff hear their own municipality's side of things. Fans each
// committed change out to them, writes the heartbeat, and closes the channels of sessions that ended.
import { MAX_CHANNELS_PER_SESSION, STAFF_NOTICE_KINDS, type ChangeNotice } from '../../protocol'
import type { Principal } from '../auth/principal'
import type { CommittedChange } from './committedChanges'
import { channelText, type ChannelSink } from './eventStream'

interface Member {
  principal: Principal
  tokenHash: string
  sink: ChannelSink
}

type Members = Map<string, Set<Member>>

function add(members: Members, key: string, member: Member): void {
  const set = members.get(key)
  if (set) set.add(member)
  else members.set(key, new Set([member]))
}

function remove(members: Members, key: string, member: Member): void {
  const set = members.get(key)
  set?.delete(member)
  if (set?.size === 0) members.delete(key)
}

export class ChannelHub {
  private readonly all = new Set<Member>()
  private readonly households: Members = new Map()
  /** Caregivers by municipality, for what all its households share. */
  private readonly caregivers: Members = new Map()
  private readonly staff: Members = new Map()
  private readonly perSession = new Map<string, number>()

  get size(): number {
    return this.all.size
  }

  /**
   * Adds a channel and says it is open; answers how to forget it when its client goes, or null when
   * the session holds as many as it may.
   */
  join(principal: Principal, tokenHash: string, sink: ChannelSink): (() => void) | null {
    const held = this.perSession.get(tokenHash) ?? 0
    if (held >= MAX_CHANNELS_PER_SESSION) return null
    this.perSession.set(tokenHash, held + 1)
    const member = { principal, tokenHash, sink }
    this.all.add(member)
    for (const [members, key] of this.placesOf(member)) add(members, key, member)
    this.send(member, channelText.opened)
    return () => this.forget(member)
  }

  hear(change: CommittedChange): void {
    const notice = channelText.change({ kinds: change.kinds, cursor: change.cursor })
    const devices = change.householdId
      ? this.households.get(change.householdId)
      : this.caregivers.get(change.municipalityId)
    for (const member of [...(devices ?? [])]) this.send(member, notice)
    const kinds = change.kinds.filter((kind) => STAFF_NOTICE_KINDS.includes(kind))
    if (kinds.length === 0) return
    const forStaff = channelText.change({ kinds })
    for (const member of [...(this.staff.get(change.municipalityId) ?? [])]) this.send(member, forStaff)
  }

  /** Notices may have been missed (the database connection was lost): every channel is told to pull. */
  tellEveryone(notice: ChangeNotice = { kinds: [] }): void {
    const text = channelText.change(notice)
    for (const member of [...this.all]) this.send(member, text)
  }

  heartbeat(): void {
    for (const member of [...this.all]) this.send(member, channelText.heartbeat)
  }

  /** The sessions (token hashes) that hold open channels here. */
  sessions(): string[] {
    return [...this.perSession.keys()]
  }

  /** Closes the channels of these sessions (ended: signed out, expired, deleted). */
  endSessions(ended: ReadonlySet<string>): void {
    for (const member of [...this.all]) if (ended.has(member.tokenHash)) this.close(member)
  }

  closeAll(): void {
    for (const member of [...this.all]) this.close(member)
  }

  private placesOf(member: Member): Array<[Members, string]> {
    const { principal } = member
    if (principal.role === 'staff') return [[this.staff, principal.municipalityId]]
    if (!principal.householdId) return []
    return [
      [this.households, principal.householdId],
      [this.caregivers, principal.municipalityId],
    ]
  }

  private send(member: Member, text: string): void {
    if (!member.sink.write(text)) this.close(member)
  }

  private close(member: Member): void {
    this.forget(member)
    member.sink.close()
  }

  private forget(member: Member): void {
    if (!this.all.delete(member)) return
    for (const [members, key] of this.placesOf(member)) remove(members, key, member)
    const held = (this.perSession.get(member.tokenHash) ?? 1) - 1
    if (held > 0) this.perSession.set(member.tokenHash, held)
    else this.perSession.delete(member.tokenHash)
  }
}
