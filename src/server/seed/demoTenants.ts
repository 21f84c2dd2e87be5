// The two demo municipalities, modelled on Lunner's and Gjøvik's public pages about respite care.
// Every person, address, phone number and web address here is invented.
import type { ChangeDeadlineRule, Municipality, Place, SummerRespite } from '../../protocol'
import { NORWEGIAN_TIME_ZONE, zonedParts } from '../../domain/zonedTime'
import { gjovikInformation, lunnerInformation } from './demoInformation'
import { stableId } from './stableId'
import { norwegianInstant } from './staySchedule'

export const LUNNER_ID = stableId('demo', 'municipality', 'lunner')
export const GJOVIK_ID = stableId('demo', 'municipality', 'gjovik')

/** The coming summer whose application deadline (15 March, end of day) has not passed at `epochMs`. */
export function comingSummerRespite(epochMs: number): SummerRespite {
  let year = zonedParts(epochMs, NORWEGIAN_TIME_ZONE).year
  if (Date.parse(norwegianInstant(`${year}-03-15`, '23:59')) <= epochMs) year += 1
  return { applicationDeadline: norwegianInstant(`${year}-03-15`, '23:59'), from: `${year}-06-01`, to: `${year}-08-31` }
}

export const LUNNER_RULE: ChangeDeadlineRule = { daysBefore: 1, time: '15:00', timeZone: 'Europe/Oslo' }

export function lunner(epochMs: number): Municipality {
  return {
    id: LUNNER_ID,
    name: 'Lunner kommune (demo)',
    changeDeadline: LUNNER_RULE,
    summerRespite: comingSummerRespite(epochMs),
    contacts: [
      { name: 'Tildelingskontoret (demo)', phone: '+47 400 01 100', email: 'tildeling@lunner-demo.example' },
      {
        name: 'Tone Lunde, koordinator for avlastning',
        phone: '+47 400 01 101',
        email: 'tone.lunde@lunner-demo.example',
      },
    ],
    applyUrl: null,
    postalAddress: null,
    information: lunnerInformation,
  }
}

export function gjovik(): Municipality {
  return {
    id: GJOVIK_ID,
    name: 'Gjøvik kommune (demo)',
    // The page states no deadline: the app has to work without one.
    changeDeadline: null,
    summerRespite: null,
    contacts: [
      { name: 'Tildeling og koordinering (demo)', phone: '+47 400 02 200', email: 'tildeling@gjovik-demo.example' },
      { name: 'Per Moen, tjenesteleder', phone: '+47 400 02 201', email: null },
    ],
    applyUrl: 'https://gjovik-demo.example/helse-og-omsorg/sok-om-tjenester',
    paperFormUrl: 'https://gjovik-demo.example/helse-og-omsorg/avlastning-papirskjema.pdf',
    postalAddress: 'Gjøvik kommune (demo), Helse og omsorg, Tildeling og koordinering, Postboks 9999, 2899 Gjøvik',
    // The office's public visiting address, as the municipality's page gives it.
    visitingAddress: 'Tildeling og koordinering, Kauffeldts plass 1, 2815 Gjøvik',
    information: gjovikInformation,
  }
}

function place(municipality: string, key: string, fields: Omit<Place, 'id'>): Place {
  return { id: stableId('demo', municipality, 'place', key), ...fields }
}

export const lunnerPlaces = {
  privateHome: place('lunner', 'solsikken', {
    name: 'Solsikken avlastningshjem',
    kind: 'privateProvider',
    address: 'Furustien 7, 2740 Roa',
    phone: '+47 400 01 201',
    notes: 'Privat avlastningshjem hos familien Nyhus. Henting og bringing avtales direkte.',
  }),
  unit: place('lunner', 'avlastningsbolig', {
    name: 'Lunner avlastningsbolig',
    kind: 'municipalUnit',
    address: 'Kirkebakken 42, 2730 Lunner',
    phone: '+47 400 01 202',
    notes: 'Kommunal avlastningsbolig for barn og unge, døgnopphold. Personalet er på vakt hele døgnet.',
  }),
  dayOffer: place('lunner', 'tunet', {
    name: 'Dagtilbudet Tunet',
    kind: 'dayOffer',
    address: 'Tunvegen 3, 2740 Roa',
    phone: '+47 400 01 203',
    notes: 'Dagtilbud på hverdager kl. 09.00–15.00.',
  }),
  supportContact: place('lunner', 'stottekontakt', {
    name: 'Støttekontakt Marte Aas',
    kind: 'supportContact',
    address: 'Møtes etter avtale',
    phone: '+47 400 01 204',
    notes: 'Fritidsaktiviteter i nærmiljøet.',
  }),
}

export const gjovikPlaces = {
  nursingHome: place('gjovik', 'solbakken', {
    name: 'Solbakken sykehjem, avlastningsplasser',
    kind: 'nursingHome',
    address: 'Solbakkvegen 10, 2815 Gjøvik',
    phone: '+47 400 02 301',
    notes: 'Døgnopphold i sykehjem.',
  }),
  unit: place('gjovik', 'kvernstua', {
    name: 'Kvernstua avlastningsenhet for barn og unge',
    kind: 'municipalUnit',
    address: 'Kvernvegen 5, 2819 Gjøvik',
    phone: '+47 400 02 302',
    notes: 'Døgnopphold for barn og unge med funksjonsnedsettelser.',
  }),
  privateHome: place('gjovik', 'haugtun', {
    name: 'Haugtun private avlastningshjem',
    kind: 'privateProvider',
    address: 'Haugvegen 21, 2820 Nordre Toten',
    phone: '+47 400 02 303',
    notes: 'Opphold hjemme hos private avlastere.',
  }),
  dayOffer: place('gjovik', 'aktivitetshuset', {
    name: 'Aktivitetshuset dagtilbud',
    kind: 'dayOffer',
    address: 'Storgata 99, 2815 Gjøvik',
    phone: '+47 400 02 304',
    notes: 'Tilbud på dagtid.',
  }),
}
