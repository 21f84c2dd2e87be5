// The answer to a transaction Bundle: each entry's outcome in order (created or updated, where, which
// version), with the Appointment as it now is.
import type { AppointmentWrite } from '../appointmentWrite'
import { appointmentOf } from './appointment'

export function transactionResponse(written: readonly AppointmentWrite[]): object {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: written.map(({ stay, version, created }) => ({
      resource: appointmentOf(stay, version),
      response: {
        status: created ? '201 Created' : '200 OK',
        location: `Appointment/${stay.id}`,
        etag: `W/"${version}"`,
      },
    })),
  }
}
