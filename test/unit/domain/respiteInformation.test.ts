import { describe, expect, it } from 'vitest'
import { INFORMATION_TOPICS, topicsFamiliesRead } from '../../../src/domain/respiteInformation'
import type { RespiteInformationTexts } from '../../../src/protocol'

function textsIn(language: string): RespiteInformationTexts {
  return {
    about: `${language}: about`,
    expect: `${language}: expect`,
    bring: `${language}: bring`,
    assessed: `${language}: assessed`,
    notGrounds: `${language}: notGrounds`,
    apply: `${language}: apply`,
    cost: `${language}: cost`,
    transport: `${language}: transport`,
  }
}

describe('which information texts a family reads, and in which language', () => {
  it('reads nothing where the municipality has written nothing', () => {
    expect(topicsFamiliesRead(null, 'nn')).toEqual([])
    expect(topicsFamiliesRead(undefined, 'nb')).toEqual([])
  })

  it('reads the topics in the order families read them', () => {
    expect(INFORMATION_TOPICS).toEqual([
      'about',
      'expect',
      'bring',
      'assessed',
      'notGrounds',
      'apply',
      'cost',
      'transport',
    ])
    expect(topicsFamiliesRead({ nb: textsIn('nb') }, 'nb').map((topic) => topic.topic)).toEqual(INFORMATION_TOPICS)
  })

  it('reads each topic in the family’s language where the municipality wrote it so', () => {
    const read = topicsFamiliesRead({ nb: textsIn('nb'), nn: textsIn('nn') }, 'nn')
    expect(read[0]).toEqual({ topic: 'about', text: 'nn: about', locale: 'nn' })
    expect(read.every((topic) => topic.locale === 'nn')).toBe(true)
  })

  it('reads in Bokmål, and says so, a topic not written in the family’s language', () => {
    const read = topicsFamiliesRead({ nb: textsIn('nb'), en: { ...textsIn('en'), cost: '' } }, 'en')
    expect(read.find((topic) => topic.topic === 'cost')).toEqual({ topic: 'cost', text: 'nb: cost', locale: 'nb' })
    expect(read.find((topic) => topic.topic === 'about')).toEqual({ topic: 'about', text: 'en: about', locale: 'en' })
  })

  it('reads everything in Bokmål where the municipality wrote nothing in the family’s language', () => {
    const read = topicsFamiliesRead({ nb: textsIn('nb') }, 'en')
    expect(read.map((topic) => topic.locale)).toEqual(INFORMATION_TOPICS.map(() => 'nb'))
  })

  it('reads in Bokmål a topic the family’s language has no field for, as in records from before the topic came', () => {
    const { bring: _, ...olderNynorsk } = textsIn('nn')
    const read = topicsFamiliesRead({ nb: textsIn('nb'), nn: olderNynorsk }, 'nn')
    expect(read.find((topic) => topic.topic === 'bring')).toEqual({ topic: 'bring', text: 'nb: bring', locale: 'nb' })
  })

  it('counts a topic of only spaces as not written', () => {
    const read = topicsFamiliesRead({ nb: textsIn('nb'), nn: { ...textsIn('nn'), bring: ' \n ' } }, 'nn')
    expect(read.find((topic) => topic.topic === 'bring')).toEqual({ topic: 'bring', text: 'nb: bring', locale: 'nb' })
  })

  it('leaves out a topic written in neither language', () => {
    const { bring: _, ...withoutBring } = textsIn('nb')
    const read = topicsFamiliesRead({ nb: { ...withoutBring, cost: '  ' } }, 'nn')
    expect(read.map((topic) => topic.topic)).toEqual([
      'about',
      'expect',
      'assessed',
      'notGrounds',
      'apply',
      'transport',
    ])
  })

  it('reads a text without the spaces around it', () => {
    const read = topicsFamiliesRead({ nb: { ...textsIn('nb'), about: '  Avlastning er …\n' } }, 'nb')
    expect(read[0]).toEqual({ topic: 'about', text: 'Avlastning er …', locale: 'nb' })
  })
})
