// The demo municipalities' information texts about respite, written from each one's public page.
import type { RespiteInformation } from '../../protocol'

export const lunnerInformation: RespiteInformation = {
  nb: {
    about:
      'Avlastning skal gi deg som har særlig tyngende omsorgsoppgaver regelmessig fri, slik at du kan ta vare på familien, venner, fritid og ferie. Retten gjelder deg som gir omsorgen, for barn, unge, voksne og eldre med fysisk og/eller psykisk funksjonsnedsettelse.\nAvlastning kan gis i hjemmet, i private avlastningshjem, som støttekontakt eller BPA, i kommunale avlastningsenheter og som dagtilbud, på dagtid, kveld eller natt.',
    expect:
      '• Vi har taushetsplikt og møter dere med respekt.\n• Dere skal få være med og bestemme.\n• Tjenesten tildeles etter individuelle behov, og behovet vurderes fortløpende.\n• Avlastningen gis til avtalt tid, og dere får beskjed om endringer.\n• Endringer fra dere må gis senest kl. 15.00 dagen før.',
    bring:
      'Er avlastningen utenfor hjemmet, tar dere med:\n• egne medisiner\n• oppdatert medisinliste\n• medisinsk forbruksmateriell\n• toalettartikler\n• klær\n• hjelpemidler',
    assessed:
      '• om omsorgen er mer fysisk eller psykisk krevende enn vanlig\n• nattarbeid eller avbrutt søvn\n• om omsorgen hindrer sosialt samvær og aktiviteter\n• hvor mange timer i døgnet du gir omsorg\nForeldres vanlige omsorgsplikt for barn blir tatt med i vurderingen.',
    notGrounds: '',
    apply:
      'Ta kontakt med tildelingskontoret for å søke. Sommeravlastning (juni, juli og august) må søkes innen fristen kommunen kunngjør hvert år, også her i appen.',
    cost: 'Avlastning er gratis: du betaler ingen egenandel.',
    transport:
      'Kommunen betaler transport til og fra avlastningen. Transporten avtales direkte med avlastningsstedet, og det samme gjelder tidspunkt for ankomst og avreise.',
  },
  nn: {
    about:
      'Avlasting skal gi deg som har særleg tyngjande omsorgsoppgåver jamleg fri, slik at du kan ta vare på familien, vener, fritid og ferie. Retten gjeld deg som gir omsorga, for born, unge, vaksne og eldre med fysisk og/eller psykisk funksjonsnedsetjing.\nAvlasting kan bli gitt i heimen, i private avlastingsheimar, som støttekontakt eller BPA, i kommunale avlastingseiningar og som dagtilbod, på dagtid, kveld eller natt.',
    expect:
      '• Vi har teieplikt og møter dykk med respekt.\n• De skal få vere med og bestemme.\n• Tenesta blir tildelt etter individuelle behov, og behovet blir vurdert fortløpande.\n• Avlastinga blir gitt til avtalt tid, og de får melding om endringar.\n• Endringar frå dykk må vere komne seinast kl. 15.00 dagen før.',
    assessed:
      '• om omsorga er meir fysisk eller psykisk krevjande enn vanleg\n• nattarbeid eller avbroten søvn\n• om omsorga hindrar sosialt samvær og aktivitetar\n• kor mange timar i døgnet du gir omsorg\nDen vanlege omsorgsplikta foreldre har for born, blir teken med i vurderinga.',
    notGrounds: '',
    apply:
      'Ta kontakt med tildelingskontoret for å søkje. Sommaravlasting (juni, juli og august) må du søkje om innan fristen kommunen kunngjer kvart år, også her i appen.',
    cost: 'Avlasting er gratis: du betaler ingen eigendel.',
    transport:
      'Kommunen betaler transport til og frå avlastinga. Transporten avtaler de direkte med avlastingsstaden, og det same gjeld tidspunkt for når de kjem og dreg.',
  },
  en: {
    about:
      'Respite gives you regular time off when your care duties are particularly demanding, so you can look after family, friends, leisure and holidays. The right is yours as the caregiver, for children, young people, adults and elderly people with a physical and/or mental disability.\nRespite can be given at home, in a private respite home, as a support contact or BPA, in a municipal respite unit or as a day offer, by day, evening or night.',
    expect:
      '• We keep confidentiality and treat you with respect.\n• You take part in the decisions.\n• Respite is allocated by individual need, and the need is reassessed continuously.\n• Respite is given at the agreed time, and you are told of any change.\n• Changes from you must reach us by 15:00 the day before.',
    bring:
      'When respite is away from home, bring:\n• own medicines\n• an updated medication list\n• medical consumables\n• toiletries\n• clothes\n• aids',
    assessed:
      '• whether the care is more physically or mentally demanding than usual\n• night work or broken sleep\n• whether the care keeps you from social life and activities\n• how many hours a day you give care\nParents’ ordinary care duty for children is taken into account.',
    notGrounds: '',
    apply:
      'Contact the allocation office to apply. Summer respite (June, July and August) must be applied for by the deadline the municipality announces each year, also here in the app.',
    cost: 'Respite is free: there is no charge.',
    transport:
      'The municipality pays for transport to and from respite. Transport, and the times of arrival and departure, are agreed directly with the respite place.',
  },
}

export const gjovikInformation: RespiteInformation = {
  nb: {
    about:
      'Du kan søke om avlastning når du gir omsorg som er langvarig og tyngende, og trenger avlastning for å kunne fortsette med omsorgen hjemme. Du kan være familiemedlem eller frivillig omsorgsgiver, for barn, unge, voksne, eldre og funksjonshemmede.\nHva som passer best vurderes i hver sak sammen med deg: døgnopphold i sykehjem, døgnopphold i avlastningsenhet for barn og unge, opphold hos private avlastere eller tilbud på dagtid.',
    expect:
      '• Vi har taushetsplikt og møter dere med respekt.\n• Dere skal få være med og bestemme.\n• Tjenesten tildeles etter individuelle behov.\n• Avlastningen gis til avtalt tid, og dere får beskjed om endringer. Trenger dere å endre noe, kontakt avlastningsstedet.',
    assessed:
      'I søknaden beskriver du situasjonen din og hva du trenger hjelp til. Det vurderes hvor lenge omsorgen har vart, hvor tung den er, og om du trenger avlastning for å klare den videre.',
    notGrounds:
      '• behov for barnevakt\n• at du mangler nettverk, alene\n• en diagnose eller type funksjonshemming, alene\n• å erstatte et tilbud dere har fått men ikke ønsker, for eksempel SFO eller hjemmesykepleie',
    apply:
      'Søk elektronisk: du logger inn med ID-porten (MinID, BankID, BankID på mobil, Buypass eller Commfides). Du kan også sende utfylt og signert papirskjema i posten.',
    cost: 'Tjenesten er gratis.',
    transport: '',
  },
  nn: {
    about:
      'Du kan søkje om avlasting når du gir omsorg som er langvarig og tyngjande, og treng avlasting for å kunne halde fram med omsorga heime. Du kan vere familiemedlem eller frivillig omsorgsgivar, for born, unge, vaksne, eldre og funksjonshemma.\nKva som passar best, blir vurdert i kvar sak saman med deg: døgnopphald i sjukeheim, døgnopphald i avlastingseining for born og unge, opphald hos private avlastarar eller tilbod på dagtid.',
    expect:
      '• Vi har teieplikt og møter dykk med respekt.\n• De skal få vere med og bestemme.\n• Tenesta blir tildelt etter individuelle behov.\n• Avlastinga blir gitt til avtalt tid, og de får melding om endringar. Treng de å endre noko, kontakt avlastingsstaden.',
    assessed:
      'I søknaden skildrar du situasjonen din og kva du treng hjelp til. Det blir vurdert kor lenge omsorga har vart, kor tung ho er, og om du treng avlasting for å klare ho vidare.',
    notGrounds:
      '• behov for barnevakt\n• at du manglar nettverk, åleine\n• ein diagnose eller type funksjonshemming, åleine\n• å erstatte eit tilbod de har fått men ikkje ønskjer, til dømes SFO eller heimesjukepleie',
    apply:
      'Søk elektronisk: du loggar inn med ID-porten (MinID, BankID, BankID på mobil, Buypass eller Commfides). Du kan òg sende utfylt og signert papirskjema i posten.',
    cost: 'Tenesta er gratis.',
    transport: '',
  },
}
