import { describe, expect, it } from 'vitest'
import { Mutation, MutationEntry, MutationName } from '../../../src/protocol/mutations'
import { anId } from '../../support/builders'
import { aMedication, anAboutMeCard, aTemplateItem } from '../../support/packingBuilders'
import { aMutation } from '../../support/mutationBuilders'

const emmaId = anId()
const at = '2026-11-23T09:00:00.000Z'
const actions = [
  aMutation('requestCancellation', { changeRequestId: anId(), stayId: anId(), message: 'Vi er bortreist.' }),
  aMutation('requestTimeChange', {
    changeRequestId: anId(),
    stayId: anId(),
    start: '2026-11-27T17:00:00.000Z',
    end: '2026-11-29T15:00:00.000Z',
    message: 'Kan vi komme senere?',
  }),
  aMutation('withdrawChangeRequest', { changeRequestId: anId(), at }),
  aMutation('upsertChecklistItem', {
    item: aTemplateItem({ recipientId: emmaId }),
    baseVersion: 3,
    baseMutationId: anId(),
  }),
  aMutation('deleteChecklistItem', { id: anId() }),
  aMutation('setPacked', { stayId: anId(), itemId: anId(), packed: true, at }),
  aMutation('upsertMedication', {
    medication: aMedication({ recipientId: emmaId, dose: '2 tabletter' }),
    base: aMedication({ recipientId: emmaId }),
    keepsMine: true,
  }),
  aMutation('deleteMedication', { id: anId() }),
  aMutation('markMedicationListReviewed', { recipientId: emmaId, at }),
  aMutation('upsertAboutMe', { aboutMe: anAboutMeCard(emmaId), baseVersion: 0 }),
  aMutation('submitSummerApplication', {
    applicationId: anId(),
    recipientId: emmaId,
    year: 2027,
    periods: [
      { from: '2027-07-12', to: '2027-07-18', priority: 1 },
      { from: '2027-07-26', to: '2027-08-01', priority: 2 },
    ],
    message: '',
  }),
  aMutation('markMessageRead', { messageId: anId(), at }),
  aMutation('sendFamilyMessage', { messageId: anId(), threadId: anId(), recipientId: null, body: 'Hei' }),
  aMutation('markReplacedEditSeen', { replacedEditId: anId(), at }),
]

describe('the family’s actions as a phone sends them', () => {
  it.each(actions.map((action) => [action.name, action] as const))('takes %s as sent', (_, action) => {
    expect(Mutation.parse(action)).toEqual(action)
  })

  it('knows the fourteen actions a family can take', () => {
    expect(MutationName.options).toEqual(actions.map((action) => action.name))
  })

  it('refuses an action with an argument it does not know', () => {
    const cancellation = aMutation('requestCancellation', { changeRequestId: anId(), stayId: anId(), message: '' })
    expect(Mutation.safeParse({ ...cancellation, args: { ...cancellation.args, urgent: true } }).success).toBe(false)
  })

  it('takes a malformed action with a sound id into the batch, so it is refused on its own', () => {
    expect([
      MutationEntry.safeParse({ id: anId(), name: 'cancelEverything' }).success,
      MutationEntry.safeParse({ id: 'not-an-id', name: 'cancelEverything' }).success,
    ]).toEqual([true, false])
  })
})
