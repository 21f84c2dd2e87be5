// Texts for an edit that met the other parent's change, and for a change the other parent replaced
// by their choice, in Bokmål, Nynorsk and English.
const nb = {
  editConflict: {
    title: '{record}: endret på to telefoner',
    intro:
      'Dere endret det samme mens en av telefonene var uten nett. Det du endret ellers, er lagret. Velg hva som skal gjelde:',
    yours: 'Din',
    otherParent: 'Den andre forelderen',
    deletedTitle: '{record} er slettet',
    deleted: 'Den andre forelderen slettet dette mens du endret det. Vil du ta det tilbake med endringene dine?',
    keepMine: 'Behold min',
    keepTheirs: 'Behold deres',
    restore: 'Ta det tilbake',
    leaveDeleted: 'La det være slettet',
    empty: '(tomt)',
    position: 'Plassering i listen',
    removedAt: 'Fjernet fra malen',
    otherField: 'Annet',
    replaced: {
      title: '{by} endret {record}',
      field: '«{field}» er nå {kept}, ikke {replaced} som du skrev. {by} valgte det {when}.',
      restored: '{by} tok tilbake {record}, som du hadde slettet, {when}.',
      when: '{day} kl. {time}',
      seen: 'Greit',
    },
  },
}

const nn: typeof nb = {
  editConflict: {
    title: '{record}: endra på to telefonar',
    intro:
      'De endra det same medan ein av telefonane var utan nett. Det du endra elles, er lagra. Vel kva som skal gjelde:',
    yours: 'Din',
    otherParent: 'Den andre forelderen',
    deletedTitle: '{record} er sletta',
    deleted: 'Den andre forelderen sletta dette medan du endra det. Vil du ta det tilbake med endringane dine?',
    keepMine: 'Behald min',
    keepTheirs: 'Behald deira',
    restore: 'Ta det tilbake',
    leaveDeleted: 'La det vere sletta',
    empty: '(tomt)',
    position: 'Plassering i lista',
    removedAt: 'Fjerna frå malen',
    otherField: 'Anna',
    replaced: {
      title: '{by} endra {record}',
      field: '«{field}» er no {kept}, ikkje {replaced} som du skreiv. {by} valde det {when}.',
      restored: '{by} tok tilbake {record}, som du hadde sletta, {when}.',
      when: '{day} kl. {time}',
      seen: 'Greitt',
    },
  },
}

const en: typeof nb = {
  editConflict: {
    title: '{record}: changed on two phones',
    intro:
      'You both changed the same thing while one of the phones was offline. Your other changes are saved. Choose which should stand:',
    yours: 'Yours',
    otherParent: 'The other parent',
    deletedTitle: '{record} was deleted',
    deleted: 'The other parent deleted this while you were changing it. Do you want it back with your changes?',
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    restore: 'Bring it back',
    leaveDeleted: 'Leave it deleted',
    empty: '(empty)',
    position: 'Place in the list',
    removedAt: 'Removed from the template',
    otherField: 'Other',
    replaced: {
      title: '{by} changed {record}',
      field: '“{field}” is now {kept}, not {replaced} as you wrote it. {by} chose this {when}.',
      restored: '{by} brought back {record}, which you had deleted, {when}.',
      when: '{day} at {time}',
      seen: 'OK',
    },
  },
}

export const conflictMessages = { nb, nn, en }
