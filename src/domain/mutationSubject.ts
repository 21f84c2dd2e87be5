// What a family action was about, so the app can name it in plain words when it could not be saved.
import type { Mutation, MutationName } from '../protocol'

export interface MutationSubject {
  kind: MutationName
  /** The record's own name where it has one (a medicine, a packing item), else ''. */
  name: string
}

export function mutationSubject(mutation: Mutation): MutationSubject {
  switch (mutation.name) {
    case 'upsertMedication':
      return { kind: mutation.name, name: mutation.args.medication.name }
    case 'upsertChecklistItem':
      return { kind: mutation.name, name: mutation.args.item.label }
    case 'submitSummerApplication':
      return { kind: mutation.name, name: String(mutation.args.year) }
    default:
      return { kind: mutation.name, name: '' }
  }
}
