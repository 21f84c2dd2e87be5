// The headings and words of the CSV exports in Bokmål, Nynorsk and English; columns in the order of the
// README's table (Tests and exports), the same in every language.
import { stayKindNames } from '../../../domain/stayKindNames'
import type { StaffStayState, StayKind } from '../../../protocol'
import type { Locale } from '../../../protocol/locale'

interface ExportTexts {
  planColumns: readonly string[]
  useColumns: readonly string[]
  kind: Record<StayKind, string>
  state: Record<StaffStayState, string>
  unit: Record<'days' | 'hours' | 'stays', string>
  yes: string
  no: string
}

export const exportTexts: Record<Locale, ExportTexts> = {
  nb: {
    planColumns: [
      'Opphold-ID',
      'Barn',
      'Sted',
      'Type',
      'Fra dato',
      'Fra kl.',
      'Til dato',
      'Til kl.',
      'Døgn',
      'Status',
      'Transport dit',
      'Transport hjem',
      'Godtatt avvik',
      'Begrunnelse',
    ],
    useColumns: [
      'Vedtak-ID',
      'Barn',
      'Tjeneste',
      'Periode fra',
      'Periode til',
      'Innvilget',
      'Enhet',
      'Brukt',
      'Planlagt',
      'Igjen',
      'Over vedtaket',
    ],
    kind: stayKindNames.nb,
    state: {
      planned: 'Planlagt',
      changeRequested: 'Endring ønsket',
      changed: 'Endret',
      cancelledByFamily: 'Avbestilt av familien',
      cancelledByMunicipality: 'Avlyst av kommunen',
    },
    unit: { days: 'dager', hours: 'timer', stays: 'opphold' },
    yes: 'Ja',
    no: 'Nei',
  },
  nn: {
    planColumns: [
      'Opphald-ID',
      'Barn',
      'Stad',
      'Type',
      'Frå dato',
      'Frå kl.',
      'Til dato',
      'Til kl.',
      'Døgn',
      'Status',
      'Transport dit',
      'Transport heim',
      'Godteke avvik',
      'Grunngiving',
    ],
    useColumns: [
      'Vedtak-ID',
      'Barn',
      'Teneste',
      'Periode frå',
      'Periode til',
      'Innvilga',
      'Eining',
      'Brukt',
      'Planlagt',
      'Att',
      'Over vedtaket',
    ],
    kind: stayKindNames.nn,
    state: {
      planned: 'Planlagt',
      changeRequested: 'Endring ønskt',
      changed: 'Endra',
      cancelledByFamily: 'Avbestilt av familien',
      cancelledByMunicipality: 'Avlyst av kommunen',
    },
    unit: { days: 'dagar', hours: 'timar', stays: 'opphald' },
    yes: 'Ja',
    no: 'Nei',
  },
  en: {
    planColumns: [
      'Stay ID',
      'Child',
      'Place',
      'Kind',
      'From date',
      'From time',
      'To date',
      'To time',
      'Nights',
      'Status',
      'Transport there',
      'Transport home',
      'Collisions accepted',
      'Reason',
    ],
    useColumns: [
      'Decision ID',
      'Child',
      'Service',
      'Period from',
      'Period to',
      'Granted',
      'Unit',
      'Used',
      'Planned',
      'Left',
      'Beyond the decision',
    ],
    kind: stayKindNames.en,
    state: {
      planned: 'Planned',
      changeRequested: 'Change requested',
      changed: 'Changed',
      cancelledByFamily: 'Cancelled by the family',
      cancelledByMunicipality: 'Cancelled by the municipality',
    },
    unit: { days: 'days', hours: 'hours', stays: 'stays' },
    yes: 'Yes',
    no: 'No',
  },
}
