// Why the server refused one of the family's changes, as a reason the app words in the family's language
// (src/domain/wording/refusalWording.ts). The error's message beside it says the same in Bokmål, for clients
// that do not know the reason.
import { z } from 'zod'
import { entitySchemas, type EntityName } from './entities'
import { EditedEntity } from './fieldEdits'

const entityNames = Object.keys(entitySchemas) as [EntityName, ...EntityName[]]

/** Refusals that need nothing but their name. */
export const PLAIN_REFUSALS = [
  'stayCancelled',
  'stayStarted',
  'requestPending',
  'requestAlreadySent',
  'requestAnswered',
  'endBeforeStart',
  'stayOfAnotherRecipient',
  'notOnStayList',
  'periodEndsBeforeStart',
  'periodsOutsideSeason',
  'noSummerRespite',
  'summerDeadlinePassed',
  'applicationHandled',
  'aboutMeOfAnotherChild',
] as const

export const RefusalReason = z.union([
  z.object({ key: z.enum(PLAIN_REFUSALS) }),
  z.object({ key: z.literal('missing'), entity: z.enum(entityNames) }),
  z.object({ key: z.literal('periodsOutsideYear'), year: z.int() }),
  z.object({
    key: z.literal('editedMeanwhile'),
    entity: EditedEntity,
    deleted: z.boolean(),
    /** The edit was merged by field: what did not meet the other parent's change is saved. */
    restSaved: z.boolean().optional(),
  }),
])
export type RefusalReason = z.infer<typeof RefusalReason>
