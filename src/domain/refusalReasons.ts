// Why the server refused a change to a stay or a request, by the rule's name, in the three languages: the
// server sends the Bokmål words and the name, the app words the name in the family's language.
export type RefusalReason =
  'stayCancelled' | 'stayStarted' | 'requestPending' | 'requestAlreadySent' | 'requestAnswered' | 'endBeforeStart'

export const refusalReasons: Record<'nb' | 'nn' | 'en', Record<RefusalReason, string>> = {
  nb: {
    stayCancelled: 'Oppholdet er allerede avlyst.',
    stayStarted: 'Oppholdet har allerede begynt. Ring avlastningsstedet for å gjøre endringer.',
    requestPending: 'Det er allerede sendt en forespørsel om dette oppholdet som ikke er besvart ennå.',
    requestAlreadySent: 'Denne forespørselen er allerede sendt.',
    requestAnswered: 'Kommunen har allerede svart på forespørselen, så den kan ikke trekkes tilbake.',
    endBeforeStart: 'Ny sluttid må være etter ny starttid.',
  },
  nn: {
    stayCancelled: 'Opphaldet er alt avlyst.',
    stayStarted: 'Opphaldet har alt byrja. Ring avlastingsstaden for å gjere endringar.',
    requestPending: 'Det er alt sendt ein førespurnad om dette opphaldet som ikkje er svart på enno.',
    requestAlreadySent: 'Denne førespurnaden er alt sendt.',
    requestAnswered: 'Kommunen har alt svart på førespurnaden, så han kan ikkje trekkjast tilbake.',
    endBeforeStart: 'Ny sluttid må vere etter ny starttid.',
  },
  en: {
    stayCancelled: 'The stay has already been cancelled.',
    stayStarted: 'The stay has already begun. Call the respite place to make changes.',
    requestPending: 'A request about this stay has already been sent and not yet answered.',
    requestAlreadySent: 'This request has already been sent.',
    requestAnswered: 'The municipality has already answered the request, so it cannot be withdrawn.',
    endBeforeStart: 'The new end must be after the new start.',
  },
}
