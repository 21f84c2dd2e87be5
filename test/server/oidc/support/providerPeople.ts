// The demo people as a test names them, with what the stand-in providers' forms send for each.
import { standInSub } from '../../../../src/server/localIdp/localIdp'
import { DEMO_FAMILY_PEOPLE, DEMO_STAFF_PEOPLE } from '../../../../src/server/seed/demoPeople'

function familyPerson(name: string) {
  const person = DEMO_FAMILY_PEOPLE.find((candidate) => candidate.name === name)
  if (!person) throw new Error(`no demo person called ${name}`)
  return { ...person, sub: standInSub(person.pid) }
}

function staffPerson(name: string) {
  const person = DEMO_STAFF_PEOPLE.find((candidate) => candidate.name === name)
  if (!person) throw new Error(`no demo staff person called ${name}`)
  return person
}

/** Hanne Berg, caregiver of the Berg household in Lunner (lunner-forelder-1). */
export const hanne = familyPerson('Hanne Berg')
/** Eirik Berg, the other caregiver of the same household. */
export const eirik = familyPerson('Eirik Berg')
/** A real person (in the stand-in) the municipality has given no access. */
export const jonas = familyPerson('Jonas Lie')
/** Tone Lunde, staff of Lunner, with the staff role. */
export const tone = staffPerson('Tone Lunde')
/** Kari Vik, whom the municipality's provider does not give the staff role. */
export const kari = staffPerson('Kari Vik')
