import { describe, expect, it } from 'vitest'
import {
  entitySince,
  MESSAGES_AS_FACTS_SINCE,
  OLDEST_SERVED_PROTOCOL,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  protocolOfHeader,
  readableIn,
} from '../../../src/protocol/protocolVersion'

describe('the sync protocol’s version', () => {
  it('is 2, sent in the pusterom-protocol header, and the server still serves version 1', () => {
    expect([PROTOCOL_VERSION, PROTOCOL_HEADER, OLDEST_SERVED_PROTOCOL]).toEqual([2, 'pusterom-protocol', 1])
  })

  it('brought the other parent’s replaced edits, the family’s messages to the office and messages as facts in version 2', () => {
    expect(entitySince).toEqual({ replacedEdit: 2, familyMessage: 2 })
    expect(MESSAGES_AS_FACTS_SINCE).toBe(2)
  })
})

describe('the version a request names', () => {
  it('is 1 without the header', () => {
    expect([protocolOfHeader(null), protocolOfHeader(undefined)]).toEqual([1, 1])
  })

  it('is the number the header names, from 1 to 9999, with spaces around it', () => {
    expect(['1', '2', ' 3 ', '12', '9999'].map(protocolOfHeader)).toEqual([1, 2, 3, 12, 9999])
  })

  it('is none when the header names no version', () => {
    expect(['', '0', '02', '10000', 'x2', '2x', '1a', '-1', '2.0'].map(protocolOfHeader)).toEqual(Array(9).fill(null))
  })
})

describe('what an app of a version can read', () => {
  it('is every entity it knew, and those of later versions only from theirs', () => {
    expect([readableIn('stay', 1), readableIn('replacedEdit', 1), readableIn('replacedEdit', 2)]).toEqual([
      true,
      false,
      true,
    ])
  })

  it('takes an entity it has never heard of for one of version 1', () => {
    expect(readableIn('somethingNew', 1)).toBe(true)
  })
})
