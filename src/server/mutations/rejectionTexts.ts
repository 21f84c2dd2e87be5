// The words of a rejected mutation, in Bokmål: the app shows the family the server's message as written.
import type { EntityName } from '../../protocol'

const missing: Record<EntityName, string> = {
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
}

export const rejectionTexts = {
  missing,
  stayCancelled: 'Oppholdet er allerede avlyst.',
  stayStarted: 'Oppholdet har allerede begynt. Ring avlastningsstedet for å gjøre endringer.',
  requestPending: 'Det er allerede sendt en forespørsel om dette oppholdet som ikke er besvart ennå.',
  requestAlreadySent: 'Denne forespørselen er allerede sendt.',
  requestAnswered: 'Kommunen har allerede svart på forespørselen, så den kan ikke trekkes tilbake.',
  endBeforeStart: 'Ny sluttid må være etter ny starttid.',
  stayOfAnotherRecipient: 'Oppholdet gjelder en annen person enn pakkelisten.',
  notOnStayList: 'Dette står ikke på pakkelisten til oppholdet.',
  periodEndsBeforeStart: 'En periode må slutte etter at den begynner.',
  periodsOutsideYear: (year: number) => `Periodene må ligge i ${year}.`,
  periodsOutsideSeason: 'Ukene må ligge innenfor kommunens periode for sommeravlastning.',
  noSummerRespite: 'Kommunen tar ikke imot søknader om sommeravlastning nå. Kontakt tildelingskontoret.',
  summerDeadlinePassed:
    'Søknadsfristen for sommeravlastning har gått ut. Kontakt tildelingskontoret hvis du fortsatt trenger sommeravlastning.',
  applicationHandled: 'Søknaden er allerede behandlet av kommunen.',
  restOfEditSaved: 'Det du endret ellers, er lagret.',
  aboutMeConflict: {
    changed: 'Den andre forelderen har endret «Om meg»-kortet i mellomtiden.',
    deleted: 'Den andre forelderen har slettet «Om meg»-kortet i mellomtiden.',
  },
  aboutMeOfAnotherChild: '«Om meg»-kortet må ha samme id som barnet det gjelder.',
  medicationConflict: {
    changed: 'Den andre forelderen har endret denne medisinen i mellomtiden.',
    deleted: 'Den andre forelderen har slettet denne medisinen i mellomtiden.',
  },
  checklistItemConflict: {
    changed: 'Den andre forelderen har endret dette på pakkelisten i mellomtiden.',
    deleted: 'Den andre forelderen har slettet dette fra pakkelisten i mellomtiden.',
  },
}
