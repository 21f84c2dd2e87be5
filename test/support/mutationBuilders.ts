// A family action as a phone sends it: a mutation of one name with its arguments.
import type { Mutation, MutationArgs, MutationName } from '../../src/protocol'

export function aMutation<N extends MutationName>(
  name: N,
  args: MutationArgs<N>,
  overrides: { id?: string; createdAt?: string } = {},
): Mutation {
  return {
    id: overrides.id ?? crypto.randomUUID(),
    name,
    args,
    createdAt: overrides.createdAt ?? '2026-11-23T09:00:00.000Z',
  } as Mutation
}
