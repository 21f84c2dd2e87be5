// Texts for an edit that met the other parent's change, in Bokmål, Nynorsk and English.
const nb = {
  editConflict: {
    title: 'Den andre forelderen endret det samme',
    intro: 'Velg hvilken versjon som skal gjelde. Listen følger med til avlastningsstedet.',
    mine: 'Din versjon',
    theirs: 'Den andre forelderens versjon',
    deleted: 'Slettet av den andre forelderen.',
    keepMine: 'Behold min',
    keepTheirs: 'Behold deres',
    quantity: '{count} stk.',
  },
}

const nn: typeof nb = {
  editConflict: {
    title: 'Den andre forelderen endra det same',
    intro: 'Vel kva versjon som skal gjelde. Lista følgjer med til avlastingsstaden.',
    mine: 'Din versjon',
    theirs: 'Versjonen til den andre forelderen',
    deleted: 'Sletta av den andre forelderen.',
    keepMine: 'Behald min',
    keepTheirs: 'Behald deira',
    quantity: '{count} stk.',
  },
}

const en: typeof nb = {
  editConflict: {
    title: 'The other parent changed the same thing',
    intro: 'Choose which version should stand. The list goes with your child to the respite place.',
    mine: 'Your version',
    theirs: 'The other parent’s version',
    deleted: 'Deleted by the other parent.',
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    quantity: '{count} pcs',
  },
}

export const conflictMessages = { nb, nn, en }
