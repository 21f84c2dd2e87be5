import { describe, expect, it } from 'vitest'
import {
  ChangeRequestStatus,
  ChangeRequestType,
  ChecklistCategory,
  EntityName,
  Municipality,
  MessageKind,
  QuotaPeriod,
  QuotaUnit,
  Recipient,
  RespiteInformation,
  StayFor,
  StayKind,
  StayStatus,
  SummerApplication,
  SummerRespite,
  entitySchemas,
} from '../../../src/protocol/entities'
import { anId, aPlace, aRecipient, aStay } from '../../support/builders'
import { aChangeRequest, aDecision, aMunicipality, informationTexts } from '../../support/calendarBuilders'
import { aMedication, anAboutMeCard, aPackingRow, aTemplateItem } from '../../support/packingBuilders'
import { aMessage, aStayChange, aSummerApplication } from '../../support/recordBuilders'
import { acceptedAmong, refusedAmong } from '../../support/schemaChecks'

const emmaId = anId()
const texts = informationTexts('Avlastning gir familien pusterom.', {
  expect: 'Taushetsplikt og medvirkning.',
  assessed: 'Omsorgsbehovet.',
  apply: 'Søk elektronisk.',
  cost: 'Gratis.',
  transport: 'Familien kjører.',
})

// Every field filled, and every number away from its limits, so a record keeps all it was sent with.
const records = {
  municipality: aMunicipality({
    summerRespite: { applicationDeadline: '2027-03-01T22:59:00.000Z', from: '2027-06-21', to: '2027-08-15' },
    contacts: [{ name: 'Tildelingskontoret', phone: '+47 61 32 40 00', email: 'tildeling@lunner.kommune.no' }],
    applyUrl: 'https://lunner.kommune.no/avlastning',
    postalAddress: 'Postboks 4, 2740 Roa',
    information: { nb: texts, nn: texts, en: texts },
  }),
  place: aPlace(),
  recipient: aRecipient({
    medicationListReviewedAt: '2026-11-01T10:00:00.000Z',
    birthDate: '1950-05-17',
    allergies: 'Peanøtter',
  }),
  decision: aDecision({ recipientId: emmaId, kinds: ['municipalUnit', 'dayOffer'] }),
  stay: aStay({
    recipientId: emmaId,
    placeId: anId(),
    transportTo: 'Taxi kl. 15.30',
    transportFrom: 'Foreldre henter',
  }),
  changeRequest: aChangeRequest({
    stayId: anId(),
    status: 'accepted',
    answerNote: 'Greit.',
    answeredAt: '2026-11-21T08:00:00.000Z',
  }),
  message: aMessage({ kind: 'stayChanged', stayId: anId(), readAt: '2026-11-21T08:00:00.000Z', facts: aStayChange() }),
  checklistItem: aTemplateItem({
    recipientId: emmaId,
    quantity: 3,
    addedAt: '2026-10-01T10:00:00.000Z',
    removedAt: '2026-11-01T10:00:00.000Z',
    forStays: 'overnight',
  }),
  packing: aPackingRow({ stayId: anId(), itemId: anId() }),
  medication: aMedication({ recipientId: emmaId }),
  aboutMe: anAboutMeCard(emmaId, {
    emergencyContacts: [
      { name: 'Kari Berg', phone: '+4791234567' },
      { name: 'Ola Berg', phone: '+4792345678' },
    ],
  }),
  summerApplication: aSummerApplication(),
  replacedEdit: {
    id: anId(),
    entity: 'medication',
    recordId: anId(),
    recordName: 'Paracet',
    field: 'dose',
    replaced: '1 tablett',
    kept: '2 tabletter',
    userId: anId(),
    byName: 'Eirik Berg',
    at: '2026-11-23T10:00:00.000Z',
    seenAt: null,
  },
  familyMessage: (() => {
    const id = anId()
    return {
      id,
      threadId: id,
      recipientId: null,
      body: 'Kan Ida ha med nettbrettet?',
      authorName: 'Hanne Berg',
      sentAt: '2026-11-23T10:00:00.000Z',
    }
  })(),
}

describe('the records the app syncs', () => {
  it.each(Object.entries(records))('keeps a %s exactly as the server sent it', (name, record) => {
    expect(entitySchemas[name as EntityName].parse(record)).toEqual(record)
  })

  it('knows the fourteen kinds of record in the change feed', () => {
    expect(EntityName.options).toEqual(Object.keys(records))
  })
})

describe('the words of the protocol, which apps and servers of every version must share', () => {
  it.each([
    [
      'forms of respite',
      StayKind.options,
      ['home', 'privateProvider', 'supportContact', 'bpa', 'municipalUnit', 'nursingHome', 'dayOffer'],
    ],
    ['states of a stay', StayStatus.options, ['planned', 'changed', 'cancelledByFamily', 'cancelledByMunicipality']],
    ['requests a family makes', ChangeRequestType.options, ['cancel', 'changeTime']],
    [
      'answers to a request',
      ChangeRequestStatus.options,
      ['pending', 'accepted', 'declined', 'overtaken', 'withdrawn'],
    ],
    [
      'kinds of message',
      MessageKind.options,
      ['stayChanged', 'stayCancelled', 'stayPlanned', 'requestAnswered', 'notice'],
    ],
    [
      'packing categories',
      ChecklistCategory.options,
      ['medicines', 'medicationList', 'consumables', 'toiletries', 'clothes', 'aids', 'other'],
    ],
    ['stays an item is packed for', StayFor.options, ['any', 'day', 'overnight']],
    ['units of a decision', QuotaUnit.options, ['days', 'hours', 'stays']],
    ['periods of a decision', QuotaPeriod.options, ['week', 'month', 'year']],
  ])('names the %s', (_, options, expected) => {
    expect(options).toEqual(expected)
  })
})

describe('the summer season', () => {
  const season = (from: string, to: string) => ({ applicationDeadline: '2027-03-01T22:59:00.000Z', from, to })

  it('may be a single day', () => {
    expect(SummerRespite.safeParse(season('2027-07-01', '2027-07-01')).success).toBe(true)
  })

  it('must not end before it starts, and says so at its end', () => {
    expect(SummerRespite.safeParse(season('2027-08-15', '2027-06-21')).error?.issues).toEqual([
      expect.objectContaining({ message: 'the season must not end before it starts', path: ['to'] }),
    ])
  })
})

describe('a summer application', () => {
  it('is submitted, then granted or declined', () => {
    expect(SummerApplication.shape.status.options).toEqual(['submitted', 'granted', 'declined'])
  })
})

describe('the municipality’s own words about respite', () => {
  it('trims the text about what respite is, and requires it', () => {
    const information = (about: string) => ({ nb: informationTexts(about) })
    expect(RespiteInformation.parse(information('  Avlastning gir pusterom. ')).nb.about).toBe(
      'Avlastning gir pusterom.',
    )
    expect(RespiteInformation.safeParse(information('   ')).success).toBe(false)
  })
})

describe('a child’s colour in the calendar', () => {
  it('is #rrggbb, in small letters or capitals', () => {
    expect(refusedAmong(Recipient.shape.color, ['#2f6fb0', '#2F6FB0'])).toEqual([])
  })

  it('is refused as a colour name, a short code or with more after it', () => {
    expect(acceptedAmong(Recipient.shape.color, ['blue', '#2f6fb', '#2f6fb0a', 'x#2f6fb0', '2f6fb0'])).toEqual([])
  })
})

describe('the municipality’s addresses', () => {
  it('are at most 300 characters each', () => {
    const visiting = (visitingAddress: string) => aMunicipality({ visitingAddress })
    expect(refusedAmong(Municipality, [visiting('Rådhuset, Roa'), visiting('x'.repeat(300))])).toEqual([])
    expect(acceptedAmong(Municipality, [visiting('x'.repeat(301))])).toEqual([])
  })
})
