// The demo families: two Lunner households (one shared by two parents, one with two children) and one
// in Gjøvik, each with a year of stays around the seed time and a few things that have happened.
import type { ChangeRequest, Message, Stay } from '../../protocol'
import { changeDeadline } from '../../domain/deadline'
import { newMessage, requestAnsweredNotice, stayCancelledNotice, stayChangedNotice } from '../notices/stayNotices'
import { gjovikCapacities, lunnerCapacities, whenOpen } from './demoCapacities'
import { addConsoleWork } from './demoConsoleWork'
import { gjovikPlaces, LUNNER_RULE, lunnerPlaces } from './demoTenants'
import type { HouseholdSeed, RecipientSeed } from './householdSeed'
import { recipientSeed } from './recipientSeed'
import { stableId } from './stableId'
import { everyOtherWeekend, summerWeek, weekly, windowAround, without } from './staySchedule'

interface DemoCaregiver {
  username: string
  name: string
  phone: string
  address: string
}

const DAY = 86_400_000

/** The year of stays around the seed time: three months back, nine ahead. */
export const demoWindow = (now: number) => windowAround(now, 91, 274)
const iso = (epochMs: number) => new Date(epochMs).toISOString()

function caregiver(user: DemoCaregiver, passwordHash: () => string) {
  return {
    id: stableId('demo', 'user', user.username),
    username: user.username,
    name: user.name,
    phone: user.phone,
    address: user.address,
    passwordHash: passwordHash(),
  }
}

function replaceStay(seed: RecipientSeed, stay: Stay): void {
  seed.stays = seed.stays.map((other) => (other.id === stay.id ? stay : other))
}

const messageId = (householdKey: string, number: number) => stableId(householdKey, 'message', String(number))

function welcome(householdKey: string, municipalityName: string, at: string): Message {
  const body = `Her ser dere avlastningen fra ${municipalityName}, pakkelister og beskjeder fra kommunen. Alt virker også uten nett.`
  return newMessage({ kind: 'notice', title: 'Velkommen til Pusterom', body }, at, messageId(householdKey, 0))
}

/** The Berg family in Lunner: Ida, every other weekend at a private respite home and a summer week. */
function bergFamily(now: number, hash: () => string): HouseholdSeed {
  const key = 'demo/lunner/berg'
  const window = demoWindow(now)
  const summer = summerWeek(window)
  const weekends = everyOtherWeekend(window, 0)
  const ida = recipientSeed(
    {
      key: `${key}/ida`,
      name: 'Ida',
      birthDate: '2014-03-09',
      allergies: 'Peanøtter (alvorlig), penicillin',
      color: '#2f7d6d',
      decisions: [
        {
          kinds: ['privateProvider', 'municipalUnit'],
          amount: 12,
          unit: 'days',
          period: 'month',
          validFrom: window.from,
          validTo: null,
          decidedAt: iso(now - 120 * DAY),
          notes: 'Avlastning annenhver helg og en uke om sommeren.',
        },
      ],
      stays: [
        { place: lunnerPlaces.privateHome, slots: summer ? without(weekends, [summer]) : weekends },
        { place: lunnerPlaces.unit, slots: summer ? [summer] : [] },
      ],
    },
    iso(now - 100 * DAY),
  )
  ida.medications = [
    {
      id: stableId(key, 'medication', 'melatonin'),
      recipientId: ida.recipient.id,
      name: 'Melatonin',
      strength: '3 mg',
      dose: '1 tablett',
      times: ['19:30'],
      notes: 'En halvtime før leggetid.',
    },
    {
      id: stableId(key, 'medication', 'paracetamol'),
      recipientId: ida.recipient.id,
      name: 'Paracetamol mikstur',
      strength: '24 mg/ml',
      dose: '10 ml ved behov',
      times: [],
      notes: 'Ved feber over 38,5. Høyst fire ganger i døgnet.',
    },
  ]
  const messages = [welcome(key, 'Lunner kommune', iso(now - 90 * DAY))]

  // The last weekend before the seed time was cancelled by the family in time, and the municipality agreed.
  const lastPast = [...ida.stays]
    .reverse()
    .find((stay) => Date.parse(stay.start) < now && stay.placeId === lunnerPlaces.privateHome.id)
  if (lastPast) {
    const asked = Date.parse(lastPast.start) - 3 * DAY
    const request: ChangeRequest = {
      id: stableId(key, 'changeRequest', lastPast.id),
      stayId: lastPast.id,
      type: 'cancel',
      proposedStart: null,
      proposedEnd: null,
      message: 'Ida er syk og blir hjemme denne helgen.',
      createdAt: iso(asked),
      receivedAt: iso(asked),
      deadline: changeDeadline(lastPast.start, LUNNER_RULE),
      onTime: true,
      status: 'accepted',
      answerNote: 'God bedring!',
      answeredAt: iso(asked + 3_600_000),
    }
    ida.changeRequests = [request]
    replaceStay(ida, { ...lastPast, status: 'cancelledByFamily', updatedAt: request.answeredAt ?? lastPast.updatedAt })
    messages.push({
      ...newMessage(
        requestAnsweredNotice(request, lastPast, lunnerPlaces.privateHome),
        request.answeredAt ?? iso(asked),
        messageId(key, 1),
      ),
      readAt: request.answeredAt,
    })
  }
  // A weekend about a month ahead was cancelled by the municipality (staff shortage) a day ago.
  const cancelled = ida.stays.find(
    (stay) => Date.parse(stay.start) > now + 21 * DAY && stay.placeId === lunnerPlaces.privateHome.id,
  )
  if (cancelled) {
    const stay: Stay = { ...cancelled, status: 'cancelledByMunicipality', updatedAt: iso(now - DAY) }
    replaceStay(ida, stay)
    messages.push(
      newMessage(
        stayCancelledNotice(
          stay,
          lunnerPlaces.privateHome,
          'Avlastningshjemmet har ferie denne helgen. Vi tar kontakt om en erstatningshelg.',
        ),
        iso(now - DAY),
        messageId(key, 2),
      ),
    )
  }
  return {
    id: stableId(key),
    caregivers: [
      caregiver(
        {
          username: 'lunner-forelder-1',
          name: 'Hanne Berg',
          phone: '+47 412 34 567',
          address: 'Bjørgeveien 12, 2740 Roa',
        },
        hash,
      ),
      caregiver(
        {
          username: 'lunner-forelder-2',
          name: 'Eirik Berg',
          phone: '+47 934 56 781',
          address: 'Bjørgeveien 12, 2740 Roa',
        },
        hash,
      ),
    ],
    recipients: [ida],
    messages,
  }
}

/** The Haddad family in Lunner: Noah at the municipal unit every other weekend, Maja at a day offer on Wednesdays. */
function haddadFamily(now: number, hash: () => string): HouseholdSeed {
  const key = 'demo/lunner/haddad'
  const window = demoWindow(now)
  const noah = recipientSeed(
    {
      key: `${key}/noah`,
      name: 'Noah',
      birthDate: '2016-09-21',
      allergies: 'Ingen kjente',
      color: '#5b4fb3',
      decisions: [
        {
          kinds: ['municipalUnit'],
          amount: 2,
          unit: 'stays',
          period: 'month',
          validFrom: window.from,
          validTo: null,
          decidedAt: iso(now - 200 * DAY),
          notes: 'To helger i måneden i avlastningsbolig.',
        },
      ],
      stays: [{ place: lunnerPlaces.unit, slots: everyOtherWeekend(window, 1) }],
    },
    iso(now - 100 * DAY),
  )
  const maja = recipientSeed(
    {
      key: `${key}/maja`,
      name: 'Maja',
      birthDate: '2019-05-02',
      color: '#b35c1e',
      decisions: [
        {
          kinds: ['dayOffer'],
          amount: 6,
          unit: 'hours',
          period: 'week',
          validFrom: window.from,
          validTo: null,
          decidedAt: iso(now - 150 * DAY),
          notes: 'Dagtilbud én dag i uken.',
        },
      ],
      stays: [
        {
          place: lunnerPlaces.dayOffer,
          slots: whenOpen(weekly(window, 3, '09:00', '15:00'), lunnerCapacities(window).dayOffer),
        },
      ],
    },
    iso(now - 100 * DAY),
  )
  noah.medications = [
    {
      id: stableId(key, 'medication', 'noah-1'),
      recipientId: noah.recipient.id,
      name: 'Levetiracetam mikstur',
      strength: '100 mg/ml',
      dose: '5 ml',
      times: ['08:00', '20:00'],
      notes: 'Må ikke glemmes. Ved anfall over 5 minutter: ring 113.',
    },
  ]
  const messages = [welcome(key, 'Lunner kommune', iso(now - 90 * DAY))]
  // The next weekend starts two hours later than usual.
  const next = noah.stays.find((stay) => Date.parse(stay.start) > now)
  if (next) {
    const moved: Stay = {
      ...next,
      start: iso(Date.parse(next.start) + 2 * 3_600_000),
      status: 'changed',
      updatedAt: iso(now - 2 * DAY),
    }
    replaceStay(noah, moved)
    messages.push(
      newMessage(
        stayChangedNotice(next, moved, lunnerPlaces.unit, 'Vi har personalmøte til kl. 17.30.'),
        iso(now - 2 * DAY),
        messageId(key, 1),
      ),
    )
  }
  return {
    id: stableId(key),
    caregivers: [
      caregiver(
        {
          username: 'lunner-forelder-3',
          name: 'Sara Haddad',
          phone: '+47 455 67 812',
          address: 'Harestuvegen 3, 2743 Harestua',
        },
        hash,
      ),
    ],
    recipients: [noah, maja],
    messages,
  }
}

/** The Strand family in Gjøvik (no change deadline rule): Magnus at the unit for children and young people, and Thursdays at a day offer. */
function strandFamily(now: number, hash: () => string): HouseholdSeed {
  const key = 'demo/gjovik/strand'
  const window = demoWindow(now)
  const magnus = recipientSeed(
    {
      key: `${key}/magnus`,
      name: 'Magnus',
      birthDate: '2011-11-30',
      allergies: 'Laktose',
      color: '#1f6fb2',
      decisions: [
        {
          kinds: ['municipalUnit'],
          amount: 12,
          unit: 'days',
          period: 'month',
          validFrom: window.from,
          validTo: null,
          decidedAt: iso(now - 60 * DAY),
          notes: 'Døgnopphold annenhver helg.',
        },
        {
          kinds: ['dayOffer'],
          amount: 1,
          unit: 'stays',
          period: 'week',
          validFrom: window.from,
          validTo: null,
          decidedAt: iso(now - 60 * DAY),
          notes: 'Dagtilbud på torsdager.',
        },
      ],
      stays: [
        { place: gjovikPlaces.unit, slots: everyOtherWeekend(window, 0) },
        {
          place: gjovikPlaces.dayOffer,
          slots: whenOpen(weekly(window, 4, '09:00', '15:00'), gjovikCapacities(window).dayOffer),
        },
      ],
    },
    iso(now - 100 * DAY),
  )
  return {
    id: stableId(key),
    caregivers: [
      caregiver(
        {
          username: 'gjovik-forelder-1',
          name: 'Liv Strand',
          phone: '+47 476 12 309',
          address: 'Storgata 40, 2815 Gjøvik',
        },
        hash,
      ),
    ],
    recipients: [magnus],
    messages: [welcome(key, 'Gjøvik kommune', iso(now - 60 * DAY))],
  }
}

/** `hash` yields a new hash of the demo password (its own salt) for each caregiver. */
export function demoHouseholds(now: number, hash: () => string): { lunner: HouseholdSeed[]; gjovik: HouseholdSeed[] } {
  const lunner = [bergFamily(now, hash), haddadFamily(now, hash)]
  addConsoleWork(now, lunner)
  return { lunner, gjovik: [strandFamily(now, hash)] }
}
