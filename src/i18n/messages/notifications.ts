// The inbox's and the notifications' texts (messages, the permission ask, settings, the calendar feed)
// in Bokmål, Nynorsk and English.
const nb = {
  inbox: {
    title: 'Beskjeder',
    emptyTitle: 'Ingen beskjeder ennå',
    emptyBody:
      'Her kommer beskjeder fra kommunen: endrede og avlyste opphold, svar på det dere har meldt inn, og andre beskjeder. De kan leses også uten nett.',
    unread: 'Ulest',
    unreadCount: 'Ingen uleste | én ulest beskjed | {count} uleste beskjeder',
    markAllRead: 'Merk alle som lest',
    received: 'Mottatt {when}',
    kind: {
      stayChanged: 'Endret opphold',
      stayCancelled: 'Avlyst opphold',
      stayPlanned: 'Nytt opphold',
      requestAnswered: 'Svar fra kommunen',
      notice: 'Beskjed',
    },
    openStay: 'Se oppholdet',
    back: 'Alle beskjeder',
    notFoundTitle: 'Fant ikke beskjeden',
    notFoundBody: 'Beskjeden finnes ikke på telefonen. Den kan komme neste gang appen henter nytt fra kommunen.',
  },
  notifications: {
    ask: {
      title: 'Vil du få varsler?',
      body: 'Pusterom kan si fra med en gang kommunen endrer eller avlyser et opphold, og minne deg på {reminders}. Du velger selv hva du får varsel om under Mer.',
      reminders: {
        deadlineSummer: 'endringsfristen, pakkingen og søknaden om sommeravlastning',
        deadline: 'endringsfristen og pakkingen',
        summer: 'pakkingen og søknaden om sommeravlastning',
        packing: 'pakkingen',
      },
      turnOn: 'Slå på varsler',
      notNow: 'Ikke nå',
      close: 'Lukk',
    },
    result: {
      on: 'Varsler er slått på for denne telefonen.',
      off: 'Varsler er ikke slått på.',
      denied:
        'Varsler er blokkert for Pusterom i nettleseren. Du kan tillate dem i nettleserens innstillinger for nettstedet.',
      unsupported:
        'Denne nettleseren kan ikke vise varsler fra Pusterom. På iPhone må appen først legges til på Hjem-skjermen. Du kan også abonnere på kalenderen nedenfor, så minner telefonens egen kalender deg om fristene.',
      unsupportedNoDeadline:
        'Denne nettleseren kan ikke vise varsler fra Pusterom. På iPhone må appen først legges til på Hjem-skjermen. Du kan også abonnere på kalenderen nedenfor, så viser telefonens egen kalender oppholdene.',
      failed: 'Fikk ikke slått på varsler. Prøv igjen når du er på nett.',
      unsent: 'Valgene er lagret på telefonen og sendes når du er på nett.',
    },
    settings: {
      title: 'Varsler',
      turnOn: 'Slå på varsler',
      turnOff: 'Slå av varsler på denne telefonen',
      kindsLegend: 'Gi meg varsel om',
      kinds: {
        stayChanges: 'Endrede og avlyste opphold',
        requestAnswers: 'Svar på det vi har meldt inn',
        notices: 'Beskjeder fra kommunen',
        deadlineReminders: 'Påminnelse før endringsfristen',
        packingReminders: 'Pakking kvelden før (dagopphold: samme morgen), når noe ikke er krysset av',
        summerReminders: 'Søknadsfristen for sommeravlastning',
      },
      showDetails: 'Vis navn, sted og kommunens tekst på låseskjermen',
      showDetailsHelp: 'Slått av viser varselet bare hva som har skjedd og når. Beskjeden leser du i appen.',
      lead: {
        label: 'Når vil du bli minnet på endringsfristen?',
        morning: 'Om morgenen samme dag (kl. 08.00)',
        hours3: 'Tre timer før fristen',
        dayBefore: 'Dagen før fristen',
      },
    },
    feed: {
      title: 'Oppholdene i telefonens kalender',
      body: 'Abonner på oppholdene i kalenderappen på telefonen. Den viser hvert opphold og minner deg om endringsfristen, også der Pusterom ikke kan sende varsler.',
      bodyNoDeadline:
        'Abonner på oppholdene i kalenderappen på telefonen. Den viser hvert opphold, også der Pusterom ikke kan sende varsler.',
      show: 'Vis kalenderadressen',
      addressLabel: 'Kalenderadresse',
      copy: 'Kopier adressen',
      copied: 'Adressen er kopiert.',
      open: 'Åpne i kalenderappen',
      warning: 'Alle som har adressen kan se oppholdene. Del den bare med dem du stoler på.',
      rotate: 'Lag ny adresse',
      rotateHelp: 'Den gamle adressen slutter å virke, også i kalendere som abonnerer på den.',
      rotated: 'Ny adresse er laget. Legg den inn på nytt i kalenderne dere bruker.',
      failed: 'Fikk ikke hentet adressen. Prøv igjen når du er på nett.',
    },
  },
}

const nn: typeof nb = {
  inbox: {
    title: 'Beskjedar',
    emptyTitle: 'Ingen beskjedar enno',
    emptyBody:
      'Her kjem beskjedar frå kommunen: endra og avlyste opphald, svar på det de har meldt inn, og andre beskjedar. Dei kan lesast også utan nett.',
    unread: 'Ulesen',
    unreadCount: 'Ingen ulesne | éin ulesen beskjed | {count} ulesne beskjedar',
    markAllRead: 'Merk alle som lesne',
    received: 'Motteken {when}',
    kind: {
      stayChanged: 'Endra opphald',
      stayCancelled: 'Avlyst opphald',
      stayPlanned: 'Nytt opphald',
      requestAnswered: 'Svar frå kommunen',
      notice: 'Beskjed',
    },
    openStay: 'Sjå opphaldet',
    back: 'Alle beskjedar',
    notFoundTitle: 'Fann ikkje beskjeden',
    notFoundBody: 'Beskjeden finst ikkje på telefonen. Han kan kome neste gong appen hentar nytt frå kommunen.',
  },
  notifications: {
    ask: {
      title: 'Vil du få varsel?',
      body: 'Pusterom kan seie frå med ein gong kommunen endrar eller avlyser eit opphald, og minne deg på {reminders}. Du vel sjølv kva du får varsel om under Meir.',
      reminders: {
        deadlineSummer: 'endringsfristen, pakkinga og søknaden om sommaravlasting',
        deadline: 'endringsfristen og pakkinga',
        summer: 'pakkinga og søknaden om sommaravlasting',
        packing: 'pakkinga',
      },
      turnOn: 'Slå på varsel',
      notNow: 'Ikkje no',
      close: 'Lukk',
    },
    result: {
      on: 'Varsel er slått på for denne telefonen.',
      off: 'Varsel er ikkje slått på.',
      denied:
        'Varsel er blokkerte for Pusterom i nettlesaren. Du kan tillate dei i innstillingane til nettlesaren for nettstaden.',
      unsupported:
        'Denne nettlesaren kan ikkje vise varsel frå Pusterom. På iPhone må appen først leggjast til på Heim-skjermen. Du kan også abonnere på kalenderen nedanfor, så minner den eigne kalenderen på telefonen deg om fristane.',
      unsupportedNoDeadline:
        'Denne nettlesaren kan ikkje vise varsel frå Pusterom. På iPhone må appen først leggjast til på Heim-skjermen. Du kan også abonnere på kalenderen nedanfor, så viser den eigne kalenderen på telefonen opphalda.',
      failed: 'Fekk ikkje slått på varsel. Prøv igjen når du er på nett.',
      unsent: 'Vala er lagra på telefonen og blir sende når du er på nett.',
    },
    settings: {
      title: 'Varsel',
      turnOn: 'Slå på varsel',
      turnOff: 'Slå av varsel på denne telefonen',
      kindsLegend: 'Gi meg varsel om',
      kinds: {
        stayChanges: 'Endra og avlyste opphald',
        requestAnswers: 'Svar på det vi har meldt inn',
        notices: 'Beskjedar frå kommunen',
        deadlineReminders: 'Påminning før endringsfristen',
        packingReminders: 'Pakking kvelden før (dagopphald: same morgon), når noko ikkje er kryssa av',
        summerReminders: 'Søknadsfristen for sommaravlasting',
      },
      showDetails: 'Vis namn, stad og teksten frå kommunen på låseskjermen',
      showDetailsHelp: 'Slått av viser varselet berre kva som har skjedd og når. Beskjeden les du i appen.',
      lead: {
        label: 'Når vil du bli mint på endringsfristen?',
        morning: 'Om morgonen same dag (kl. 08.00)',
        hours3: 'Tre timar før fristen',
        dayBefore: 'Dagen før fristen',
      },
    },
    feed: {
      title: 'Opphalda i kalenderen på telefonen',
      body: 'Abonner på opphalda i kalenderappen på telefonen. Han viser kvart opphald og minner deg om endringsfristen, også der Pusterom ikkje kan sende varsel.',
      bodyNoDeadline:
        'Abonner på opphalda i kalenderappen på telefonen. Han viser kvart opphald, også der Pusterom ikkje kan sende varsel.',
      show: 'Vis kalenderadressa',
      addressLabel: 'Kalenderadresse',
      copy: 'Kopier adressa',
      copied: 'Adressa er kopiert.',
      open: 'Opne i kalenderappen',
      warning: 'Alle som har adressa kan sjå opphalda. Del ho berre med dei du stolar på.',
      rotate: 'Lag ny adresse',
      rotateHelp: 'Den gamle adressa sluttar å verke, også i kalendrar som abonnerer på ho.',
      rotated: 'Ny adresse er laga. Legg ho inn på nytt i kalendrane de bruker.',
      failed: 'Fekk ikkje henta adressa. Prøv igjen når du er på nett.',
    },
  },
}

const en: typeof nb = {
  inbox: {
    title: 'Messages',
    emptyTitle: 'No messages yet',
    emptyBody:
      'Messages from the municipality appear here: changed and cancelled stays, answers to what you reported, and other notices. You can read them offline too.',
    unread: 'Unread',
    unreadCount: 'No unread messages | one unread message | {count} unread messages',
    markAllRead: 'Mark all as read',
    received: 'Received {when}',
    kind: {
      stayChanged: 'Changed stay',
      stayCancelled: 'Cancelled stay',
      stayPlanned: 'New stay',
      requestAnswered: 'Answer from the municipality',
      notice: 'Notice',
    },
    openStay: 'See the stay',
    back: 'All messages',
    notFoundTitle: 'Message not found',
    notFoundBody:
      'The message is not on this phone. It may arrive the next time the app fetches news from the municipality.',
  },
  notifications: {
    ask: {
      title: 'Would you like notifications?',
      body: 'Pusterom can tell you at once when the municipality changes or cancels a stay, and remind you of {reminders}. You choose what to be notified about under More.',
      reminders: {
        deadlineSummer: 'the change deadline, the packing and the summer respite application',
        deadline: 'the change deadline and the packing',
        summer: 'the packing and the summer respite application',
        packing: 'the packing',
      },
      turnOn: 'Turn on notifications',
      notNow: 'Not now',
      close: 'Close',
    },
    result: {
      on: 'Notifications are on for this phone.',
      off: 'Notifications are not on.',
      denied:
        'Notifications from Pusterom are blocked in the browser. You can allow them in the browser’s settings for the site.',
      unsupported:
        'This browser cannot show notifications from Pusterom. On an iPhone, add the app to the Home Screen first. You can also subscribe to the calendar below, so that the phone’s own calendar reminds you of the deadlines.',
      unsupportedNoDeadline:
        'This browser cannot show notifications from Pusterom. On an iPhone, add the app to the Home Screen first. You can also subscribe to the calendar below, so that the phone’s own calendar shows the stays.',
      failed: 'Could not turn on notifications. Try again when you are online.',
      unsent: 'Your choices are saved on the phone and will be sent when you are online.',
    },
    settings: {
      title: 'Notifications',
      turnOn: 'Turn on notifications',
      turnOff: 'Turn off notifications on this phone',
      kindsLegend: 'Notify me about',
      kinds: {
        stayChanges: 'Changed and cancelled stays',
        requestAnswers: 'Answers to what we reported',
        notices: 'Notices from the municipality',
        deadlineReminders: 'A reminder before the change deadline',
        packingReminders: 'Packing the evening before (day stays: that morning), when something is not ticked',
        summerReminders: 'The summer respite application deadline',
      },
      showDetails: 'Show names, places and the municipality’s text on the lock screen',
      showDetailsHelp: 'When off, a notification only says what happened and when. You read the message in the app.',
      lead: {
        label: 'When do you want to be reminded of the change deadline?',
        morning: 'In the morning of the same day (08:00)',
        hours3: 'Three hours before the deadline',
        dayBefore: 'The day before the deadline',
      },
    },
    feed: {
      title: 'The stays in the phone’s calendar',
      body: 'Subscribe to the stays in the phone’s calendar app. It shows each stay and reminds you of the change deadline, even where Pusterom cannot send notifications.',
      bodyNoDeadline:
        'Subscribe to the stays in the phone’s calendar app. It shows each stay, even where Pusterom cannot send notifications.',
      show: 'Show the calendar address',
      addressLabel: 'Calendar address',
      copy: 'Copy the address',
      copied: 'The address is copied.',
      open: 'Open in the calendar app',
      warning: 'Anyone with the address can see the stays. Share it only with people you trust.',
      rotate: 'Make a new address',
      rotateHelp: 'The old address stops working, also in calendars subscribed to it.',
      rotated: 'A new address is made. Add it again in the calendars you use.',
      failed: 'Could not fetch the address. Try again when you are online.',
    },
  },
}

export const notificationMessages = { nb, nn, en }
