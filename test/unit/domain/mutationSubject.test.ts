import { describe, expect, it } from 'vitest'
import { mutationSubject } from '../../../src/domain/mutationSubject'
import { anId } from '../../support/builders'
import { aMedication, aTemplateItem } from '../../support/packingBuilders'
import { aMutation } from '../../support/mutationBuilders'

describe('what a change that could not be saved was about', () => {
  it('names the medicine of a medication edit', () => {
    const edit = aMutation('upsertMedication', { medication: aMedication({ recipientId: anId(), name: 'Paracet' }) })
    expect(mutationSubject(edit)).toEqual({ kind: 'upsertMedication', name: 'Paracet' })
  })

  it('names the packing item of a packing edit', () => {
    const edit = aMutation('upsertChecklistItem', { item: aTemplateItem({ recipientId: anId(), label: 'Pysjamas' }) })
    expect(mutationSubject(edit)).toEqual({ kind: 'upsertChecklistItem', name: 'Pysjamas' })
  })

  it('names the year of a summer application', () => {
    const application = aMutation('submitSummerApplication', {
      applicationId: anId(),
      recipientId: anId(),
      year: 2027,
      periods: [{ from: '2027-07-12', to: '2027-07-18', priority: 1 }],
      message: '',
    })
    expect(mutationSubject(application)).toEqual({ kind: 'submitSummerApplication', name: '2027' })
  })

  it('names the stay of a cancellation, which has no name of its own', () => {
    const stayId = anId()
    const cancellation = aMutation('requestCancellation', { changeRequestId: anId(), stayId, message: '' })
    expect(mutationSubject(cancellation)).toEqual({ kind: 'requestCancellation', name: '', stayId })
  })

  it('names the stay of a request for a new time', () => {
    const stayId = anId()
    const request = aMutation('requestTimeChange', {
      changeRequestId: anId(),
      stayId,
      start: '2026-12-11T17:00:00.000Z',
      end: '2026-12-13T15:00:00.000Z',
      message: '',
    })
    expect(mutationSubject(request)).toEqual({ kind: 'requestTimeChange', name: '', stayId })
  })

  it('names the request a withdrawal takes back, whose stay it concerned', () => {
    const changeRequestId = anId()
    const withdrawal = aMutation('withdrawChangeRequest', { changeRequestId, at: '2026-12-01T09:00:00.000Z' })
    expect(mutationSubject(withdrawal)).toEqual({ kind: 'withdrawChangeRequest', name: '', changeRequestId })
  })

  it('names only the kind of an action about a record without a name, such as a deleted medicine', () => {
    expect(mutationSubject(aMutation('deleteMedication', { id: anId() }))).toEqual({
      kind: 'deleteMedication',
      name: '',
    })
  })
})
