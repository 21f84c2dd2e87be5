// The card's text fields in the order the form and the printed sheet show them.
import type { AboutMeDraft } from '../../stores/aboutMe'

export const ABOUT_ME_FIELDS = [
  'routines',
  'communication',
  'calming',
  'upsetting',
  'food',
  'sleep',
] as const satisfies readonly (keyof AboutMeDraft)[]

export function emptyAboutMe(): AboutMeDraft {
  return { routines: '', communication: '', calming: '', upsetting: '', food: '', sleep: '', emergencyContacts: [] }
}
