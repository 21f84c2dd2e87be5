// Why the municipality's server refused a change, in the family's language: one home for the server's
// message (in Bokmål, for any client) and the app's notice (in the family's language).
import type { EntityName } from '../../protocol/entities'
import type { Locale } from '../../protocol/locale'
import type { EditedEntity } from '../../protocol/fieldEdits'
import type { PLAIN_REFUSALS, RefusalReason } from '../../protocol/refusals'

interface RefusalTexts {
  plain: Record<(typeof PLAIN_REFUSALS)[number], string>
  missing: Record<EntityName, string>
  periodsOutsideYear: (year: number) => string
  edited: Record<EditedEntity, (deleted: boolean) => string>
  restSaved: string
}

const nb: RefusalTexts = {
  plain: {
    stayCancelled: 'Oppholdet er allerede avlyst.',
    stayStarted: 'Oppholdet har allerede begynt. Ring avlastningsstedet for å gjøre endringer.',
    requestPending: 'Det er allerede sendt en forespørsel om dette oppholdet som ikke er besvart ennå.',
    requestAlreadySent: 'Denne forespørselen er allerede sendt.',
    requestAnswered: 'Kommunen har allerede svart på forespørselen, så den kan ikke trekkes tilbake.',
    endBeforeStart: 'Ny sluttid må være etter ny starttid.',
    stayOfAnotherRecipient: 'Oppholdet gjelder en annen person enn pakkelisten.',
    notOnStayList: 'Dette står ikke på pakkelisten til oppholdet.',
    periodEndsBeforeStart: 'En periode må slutte etter at den begynner.',
    periodsOutsideSeason: 'Ukene må ligge innenfor kommunens periode for sommeravlastning.',
    noSummerRespite: 'Kommunen tar ikke imot søknader om sommeravlastning nå. Kontakt tildelingskontoret.',
    summerDeadlinePassed:
      'Søknadsfristen for sommeravlastning har gått ut. Kontakt tildelingskontoret hvis du fortsatt trenger sommeravlastning.',
    applicationHandled: 'Søknaden er allerede behandlet av kommunen.',
    aboutMeOfAnotherChild: '«Om meg»-kortet må ha samme id som barnet det gjelder.',
  },
  missing: {
    municipality: 'Fant ikke kommunen.',
    place: 'Fant ikke avlastningsstedet.',
    recipient: 'Fant ikke personen i husstanden.',
    decision: 'Fant ikke vedtaket.',
    stay: 'Fant ikke oppholdet.',
    changeRequest: 'Fant ikke forespørselen.',
    message: 'Fant ikke meldingen.',
    checklistItem: 'Fant ikke dette på pakkelisten.',
    packing: 'Fant ikke pakkingen.',
    medication: 'Fant ikke medisinen.',
    aboutMe: 'Fant ikke «Om meg»-kortet.',
    summerApplication: 'Fant ikke søknaden.',
    replacedEdit: 'Fant ikke beskjeden om endringen.',
    familyMessage: 'Fant ikke samtalen med kommunen.',
  },
  periodsOutsideYear: (year) => `Periodene må ligge i ${year}.`,
  edited: {
    medication: (deleted) =>
      `Den andre forelderen har ${deleted ? 'slettet' : 'endret'} denne medisinen i mellomtiden.`,
    checklistItem: (deleted) =>
      `Den andre forelderen har ${deleted ? 'slettet dette fra' : 'endret dette på'} pakkelisten i mellomtiden.`,
    aboutMe: (deleted) => `Den andre forelderen har ${deleted ? 'slettet' : 'endret'} «Om meg»-kortet i mellomtiden.`,
  },
  restSaved: 'Det du endret ellers, er lagret.',
}

const nn: RefusalTexts = {
  plain: {
    stayCancelled: 'Opphaldet er alt avlyst.',
    stayStarted: 'Opphaldet har alt byrja. Ring avlastingsstaden for å gjere endringar.',
    requestPending: 'Det er alt sendt ein førespurnad om dette opphaldet som ikkje er svart på enno.',
    requestAlreadySent: 'Denne førespurnaden er alt sendt.',
    requestAnswered: 'Kommunen har alt svart på førespurnaden, så han kan ikkje trekkjast tilbake.',
    endBeforeStart: 'Ny sluttid må vere etter ny starttid.',
    stayOfAnotherRecipient: 'Opphaldet gjeld ein annan person enn pakkelista.',
    notOnStayList: 'Dette står ikkje på pakkelista til opphaldet.',
    periodEndsBeforeStart: 'Ein periode må slutte etter at han byrjar.',
    periodsOutsideSeason: 'Vekene må liggje innanfor perioden kommunen har for sommaravlasting.',
    noSummerRespite: 'Kommunen tek ikkje imot søknader om sommaravlasting no. Kontakt tildelingskontoret.',
    summerDeadlinePassed:
      'Søknadsfristen for sommaravlasting har gått ut. Kontakt tildelingskontoret om du framleis treng sommaravlasting.',
    applicationHandled: 'Søknaden er alt handsama av kommunen.',
    aboutMeOfAnotherChild: '«Om meg»-kortet må ha same id som barnet det gjeld.',
  },
  missing: {
    municipality: 'Fann ikkje kommunen.',
    place: 'Fann ikkje avlastingsstaden.',
    recipient: 'Fann ikkje personen i hushaldet.',
    decision: 'Fann ikkje vedtaket.',
    stay: 'Fann ikkje opphaldet.',
    changeRequest: 'Fann ikkje førespurnaden.',
    message: 'Fann ikkje meldinga.',
    checklistItem: 'Fann ikkje dette på pakkelista.',
    packing: 'Fann ikkje pakkinga.',
    medication: 'Fann ikkje medisinen.',
    aboutMe: 'Fann ikkje «Om meg»-kortet.',
    summerApplication: 'Fann ikkje søknaden.',
    replacedEdit: 'Fann ikkje meldinga om endringa.',
    familyMessage: 'Fann ikkje samtalen med kommunen.',
  },
  periodsOutsideYear: (year) => `Periodane må liggje i ${year}.`,
  edited: {
    medication: (deleted) => `Den andre forelderen har ${deleted ? 'sletta' : 'endra'} denne medisinen i mellomtida.`,
    checklistItem: (deleted) =>
      `Den andre forelderen har ${deleted ? 'sletta dette frå' : 'endra dette på'} pakkelista i mellomtida.`,
    aboutMe: (deleted) => `Den andre forelderen har ${deleted ? 'sletta' : 'endra'} «Om meg»-kortet i mellomtida.`,
  },
  restSaved: 'Det du endra elles, er lagra.',
}

const en: RefusalTexts = {
  plain: {
    stayCancelled: 'The stay is already cancelled.',
    stayStarted: 'The stay has already begun. Call the respite place to make changes.',
    requestPending: 'A request about this stay has already been sent and is not answered yet.',
    requestAlreadySent: 'This request has already been sent.',
    requestAnswered: 'The municipality has already answered the request, so it cannot be withdrawn.',
    endBeforeStart: 'The new end must be after the new start.',
    stayOfAnotherRecipient: 'The stay is for someone else than the packing list.',
    notOnStayList: 'This is not on the stay’s packing list.',
    periodEndsBeforeStart: 'A period must end after it begins.',
    periodsOutsideSeason: 'The weeks must be within the municipality’s summer respite season.',
    noSummerRespite:
      'The municipality is not taking applications for summer respite now. Contact the allocation office.',
    summerDeadlinePassed:
      'The application deadline for summer respite has passed. Contact the allocation office if you still need summer respite.',
    applicationHandled: 'The municipality has already handled the application.',
    aboutMeOfAnotherChild: 'The “About me” card must have the same id as the child it is about.',
  },
  missing: {
    municipality: 'The municipality was not found.',
    place: 'The respite place was not found.',
    recipient: 'The person was not found in the household.',
    decision: 'The decision was not found.',
    stay: 'The stay was not found.',
    changeRequest: 'The request was not found.',
    message: 'The message was not found.',
    checklistItem: 'This was not found on the packing list.',
    packing: 'The packing was not found.',
    medication: 'The medicine was not found.',
    aboutMe: 'The “About me” card was not found.',
    summerApplication: 'The application was not found.',
    replacedEdit: 'The note about the change was not found.',
    familyMessage: 'The conversation with the municipality was not found.',
  },
  periodsOutsideYear: (year) => `The periods must be in ${year}.`,
  edited: {
    medication: (deleted) => `The other parent has ${deleted ? 'deleted' : 'changed'} this medicine in the meantime.`,
    checklistItem: (deleted) =>
      `The other parent has ${deleted ? 'deleted this from' : 'changed this on'} the packing list in the meantime.`,
    aboutMe: (deleted) =>
      `The other parent has ${deleted ? 'deleted' : 'changed'} the “About me” card in the meantime.`,
  },
  restSaved: 'The rest of what you changed is saved.',
}

const texts: Record<Locale, RefusalTexts> = { nb, nn, en }

export function refusalText(reason: RefusalReason, locale: Locale): string {
  const words = texts[locale]
  switch (reason.key) {
    case 'missing':
      return words.missing[reason.entity]
    case 'periodsOutsideYear':
      return words.periodsOutsideYear(reason.year)
    case 'editedMeanwhile': {
      const edited = words.edited[reason.entity](reason.deleted)
      return reason.restSaved ? `${edited} ${words.restSaved}` : edited
    }
    default:
      return words.plain[reason.key]
  }
}
