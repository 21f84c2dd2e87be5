// The CSV import of a municipality's own records, for municipalities whose record system has no FHIR.
import { ImportReport, StaffImportRequest } from '../imports'
import { describeRoutes } from './route'

export const importRoutes = describeRoutes({
  staffImport: {
    method: 'post',
    path: '/staff/imports',
    summary:
      'Imports places, households, caregivers, children, decisions and stays from CSV files (columns in the README), keyed by the municipality’s own ids so a second import changes nothing; a dry run reports what each row would change; a refused row imports nothing',
    access: 'staff',
    body: StaffImportRequest,
    response: ImportReport,
    errors: ['import_refused'],
  },
})
