// What a family's edit of a record both parents edit was made from (sync rule 8 by field): the record
// as the parent's edit began from it, so the server and the phone merge only the fields they changed.
import type { Mutation } from '../../protocol'
import type { PusteromDatabase } from './database'

/**
 * Gives an edit the record it began from, unless it says so already (a form passes what it opened
 * with, "keep mine" what the parent was shown): the record as the phone shows it now, or null for a
 * new one. Call inside the transaction that enqueues it.
 */
export async function withEditBase(db: PusteromDatabase, mutation: Mutation): Promise<Mutation> {
  switch (mutation.name) {
    case 'upsertMedication': {
      const base = (await db.medications.get(mutation.args.medication.id)) ?? null
      return saysItsBase(mutation.args) ? mutation : { ...mutation, args: { ...mutation.args, base } }
    }
    case 'upsertChecklistItem': {
      const base = (await db.checklistItems.get(mutation.args.item.id)) ?? null
      return saysItsBase(mutation.args) ? mutation : { ...mutation, args: { ...mutation.args, base } }
    }
    case 'upsertAboutMe': {
      const base = (await db.aboutMe.get(mutation.args.aboutMe.id)) ?? null
      return saysItsBase(mutation.args) ? mutation : { ...mutation, args: { ...mutation.args, base } }
    }
    default:
      return mutation
  }
}

/** An edit that already says what it was made from, by this rule or (in tests of older apps) the version. */
function saysItsBase(args: { base?: unknown; baseVersion?: unknown }): boolean {
  return args.base !== undefined || args.baseVersion !== undefined
}
