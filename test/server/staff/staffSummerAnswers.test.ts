import { describe, expect, it } from 'vitest'
import { AccessLogEntry, StaffSummerApplication } from '../../../src/protocol'
import { useTestServer } from '../support/testServer'
import { pageAt } from './support/staffPages'

const world = useTestServer({ demo: true })

async function aWaitingApplication() {
  const staff = await world().as('lunner-ansatt')
  const page = await pageAt(staff, '/staff/summer-applications', StaffSummerApplication, { status: 'submitted' })
  const application = page.items[0]
  if (!application) throw new Error('the demo has no waiting summer application')
  return { staff, application }
}

describe('answers to summer respite applications', () => {
  it('grants an application with a note that the family sees in its app', async () => {
    const { staff, application } = await aWaitingApplication()
    const response = await staff.post(`/staff/summer-applications/${application.id}/answer`, {
      status: 'granted',
      note: 'Dere får uke 28 på Solsikken.',
    })
    expect(response.status).toBe(200)
    expect(StaffSummerApplication.parse(response.body)).toMatchObject({
      id: application.id,
      status: 'granted',
      answerNote: 'Dere får uke 28 på Solsikken.',
    })
    const family = await world().family('lunner-forelder-3')
    expect(family.get('summerApplication', application.id)).toMatchObject({
      status: 'granted',
      answerNote: 'Dere får uke 28 på Solsikken.',
    })
    const log = await pageAt(staff, '/staff/access-log', AccessLogEntry, { householdId: application.householdId })
    expect(log.items[0]?.action).toBe('staffAnswerSummerApplication')
  })

  it('refuses to answer the same application twice, and another municipality’s as not found', async () => {
    const { staff, application } = await aWaitingApplication()
    await staff.post(`/staff/summer-applications/${application.id}/answer`, { status: 'declined', reason: 'noRoom' })
    const again = await staff.post(`/staff/summer-applications/${application.id}/answer`, { status: 'granted' })
    expect(again.status).toBe(409)
    const gjovik = await world().as('gjovik-ansatt')
    const other = await gjovik.post(`/staff/summer-applications/${application.id}/answer`, { status: 'granted' })
    expect(other.status).toBe(404)
  })
})
