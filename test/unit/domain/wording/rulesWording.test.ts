import { describe, expect, it } from 'vitest'
import { deadlineRuleSentence, summerRespiteSentence } from '../../../../src/domain/wording/rulesWording'

const rule = (daysBefore: number) => ({ daysBefore, time: '15:00', timeZone: 'Europe/Oslo' })
const summer = { applicationDeadline: '2027-03-01T11:00:00.000Z', from: '2027-06-21', to: '2027-08-13' }

describe('the change deadline rule in words', () => {
  it.each([
    ['nb', 'Endringer og avlysninger må meldes senest kl. 15.00 dagen før oppholdet.'],
    ['nn', 'Endringar og avlysingar må meldast seinast kl. 15.00 dagen før opphaldet.'],
    ['en', 'Changes and cancellations must be made by 15:00 the day before the stay.'],
  ] as const)('says "the day before" in %s', (locale, expected) => {
    expect(deadlineRuleSentence(rule(1), locale)).toBe(expected)
  })

  it('counts days, never "dag(er)"', () => {
    expect(deadlineRuleSentence(rule(3), 'nb')).toBe(
      'Endringer og avlysninger må meldes senest kl. 15.00 3 dager før oppholdet.',
    )
    expect(deadlineRuleSentence(rule(2), 'nn')).toContain('2 dagar før opphaldet')
    expect(deadlineRuleSentence(rule(2), 'en')).toContain('2 days before the stay')
  })

  it.each([
    ['nb', 'Endringer og avlysninger må meldes senest kl. 15.00 samme dag som oppholdet begynner.'],
    ['nn', 'Endringar og avlysingar må meldast seinast kl. 15.00 same dag som opphaldet byrjar.'],
    ['en', 'Changes and cancellations must be made by 15:00 on the day the stay begins.'],
  ] as const)('says the same day in %s when the rule allows changes until the stay’s own day', (locale, expected) => {
    expect(deadlineRuleSentence(rule(0), locale)).toBe(expected)
  })

  it.each([
    ['nb', 'Kommunen har ingen fast frist for endringer. Ta kontakt med avlastningsstedet så tidlig som mulig.'],
    ['nn', 'Kommunen har ingen fast frist for endringar. Ta kontakt med avlastingsstaden så tidleg som mogleg.'],
    ['en', 'The municipality has no fixed deadline for changes. Contact the respite place as early as you can.'],
  ] as const)('tells families in %s to call the place where the municipality has no deadline', (locale, expected) => {
    expect(deadlineRuleSentence(null, locale)).toBe(expected)
  })
})

describe('the summer respite season in words', () => {
  it.each([
    ['nb', 'Søk om sommeravlastning for 21. juni–13. august 2027 innen mandag 1. mars kl. 12.00.'],
    ['nn', 'Søk om sommaravlasting for 21. juni–13. august 2027 innan måndag 1. mars kl. 12.00.'],
    ['en', 'Apply for summer respite for 21 June\u2009–\u200913 August 2027 by Monday 1 March at 12:00.'],
  ] as const)('names the weeks and the deadline in %s', (locale, expected) => {
    expect(summerRespiteSentence(summer, locale)).toBe(expected)
  })

  it.each([
    ['nb', 'Kommunen har ikke kunngjort noen søknadsfrist for sommeravlastning.'],
    ['nn', 'Kommunen har ikkje kunngjort nokon søknadsfrist for sommaravlasting.'],
    ['en', 'The municipality has not announced an application deadline for summer respite.'],
  ] as const)('says in %s when no deadline is announced', (locale, expected) => {
    expect(summerRespiteSentence(null, locale)).toBe(expected)
  })

  it('names each day’s own year, and no year after, when the season crosses the new year', () => {
    const overNewYear = { ...summer, from: '2027-12-20', to: '2028-01-05' }
    expect(summerRespiteSentence(overNewYear, 'nb')).toBe(
      'Søk om sommeravlastning for 20. desember 2027–5. januar 2028 innen mandag 1. mars kl. 12.00.',
    )
  })
})
