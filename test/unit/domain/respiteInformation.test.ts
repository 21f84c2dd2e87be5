import { describe, expect, it } from 'vitest'
import { informationIn, informationTopics } from '../../../src/domain/respiteInformation'
import type { RespiteInformationTexts } from '../../../src/protocol'

const texts = (about: string, more: Partial<RespiteInformationTexts> = {}): RespiteInformationTexts => ({
  about,
  expect: '',
  assessed: '',
  notGrounds: '',
  apply: '',
  cost: '',
  transport: '',
  ...more,
})

describe('the municipality’s information as a family reads it', () => {
  it('gives Bokmål to a family reading English where the municipality wrote no English', () => {
    const information = { nb: texts('Avlastning gir en pause.'), nn: texts('Avlasting gir ein pause.') }
    expect(informationIn(information, 'en')?.about).toBe('Avlastning gir en pause.')
    expect(informationIn(information, 'nn')?.about).toBe('Avlasting gir ein pause.')
    expect(informationIn(null, 'nb')).toBeNull()
  })

  it('leaves out a topic with no text, in reading order', () => {
    expect(informationTopics(texts('Om avlastning', { transport: 'Taxi', cost: '  ' }))).toEqual([
      { topic: 'about', text: 'Om avlastning' },
      { topic: 'transport', text: 'Taxi' },
    ])
  })
})
