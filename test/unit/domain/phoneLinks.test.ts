import { describe, expect, it } from 'vitest'
import { smsHref, telHref } from '../../../src/domain/phoneLinks'

describe('calling and texting the place', () => {
  it('dials a number written with spaces', () => {
    expect(telHref('+47 400 00 000')).toBe('tel:+4740000000')
  })

  it('dials a bare Norwegian number with the country code', () => {
    expect(telHref('400 00 000')).toBe('tel:+4740000000')
  })

  it('dials a number written with 00 for abroad with +', () => {
    expect(telHref('0046 8 123 456 78')).toBe('tel:+46812345678')
  })

  it('keeps a number written with + as it is, however short', () => {
    expect(telHref('+354 1234')).toBe('tel:+3541234')
  })

  it('keeps a short number such as 1881 as it is', () => {
    expect(telHref('1881')).toBe('tel:1881')
  })

  it('fills in the message of an SMS, encoded', () => {
    expect(smsHref('+47 400 00 000', 'Emma trenger ikke oppholdet fre. 27.11. & takk')).toBe(
      'sms:+4740000000?body=Emma%20trenger%20ikke%20oppholdet%20fre.%2027.11.%20%26%20takk',
    )
  })
})
