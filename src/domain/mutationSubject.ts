// What a family action was about, so the app can name it in plain words when it could not be saved or was
// refused: the record's own name, or the stay (or the request about a stay) it concerned.
import type { Mutation, MutationName } from '../protocol'

export interface MutationSubject {
  kind: MutationName
  /** The record's own name where it has one (a medicine, a packing item), else ''. */
  name: string
  /** The stay the action was about, where it was about one directly. */
  stayId?: string
  /** The request the action was about, whose stay it then concerned. */
  changeRequestId?: string
}

export function mutationSubject(mutation: Mutation): MutationSubject {
  switch (mutation.name) {
    case 'upsertMedication':
      return { kind: mutation.name, name: mutation.args.medication.name }
    case 'upsertChecklistItem':
      return { kind: mutation.name, name: mutation.args.item.label }
    case 'submitSummerApplication':
      return { kind: mutation.name, name: String(mutation.args.year) }
    case 'requestCancellation':
    case 'requestTimeChange':
      return { kind: mutation.name, name: '', stayId: mutation.args.stayId }
    case 'withdrawChangeRequest':
      return { kind: mutation.name, name: '', changeRequestId: mutation.args.changeRequestId }
    default:
      return { kind: mutation.name, name: '' }
  }
}
