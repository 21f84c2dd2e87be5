import { describe, expect, it } from 'vitest'
import { textColorOn } from '../../../src/domain/textColorOn'

describe('the text colour on a child’s colour in the calendar', () => {
  it('is white on a dark green', () => {
    expect(textColorOn('#1f5c4d')).toBe('#ffffff')
  })

  it('is black on a golden yellow', () => {
    expect(textColorOn('#ffd700')).toBe('#000000')
  })

  it('reads the colour in capitals too', () => {
    expect(textColorOn('#FFD700')).toBe('#000000')
  })

  it('is black on the lightest grey where white reads worse, and white on the next darker grey', () => {
    expect([textColorOn('#767676'), textColorOn('#757575')]).toEqual(['#000000', '#ffffff'])
  })

  it('weighs red, green and blue as the eye does: black on pure red and green, white on pure blue', () => {
    expect([textColorOn('#ff0000'), textColorOn('#00ff00'), textColorOn('#0000ff')]).toEqual([
      '#000000',
      '#000000',
      '#ffffff',
    ])
  })

  it('counts the darkest shades of a channel on their own straight curve: white on #008900', () => {
    expect(textColorOn('#008900')).toBe('#ffffff')
  })

  it('is white on a near-black', () => {
    expect(textColorOn('#0a0a0a')).toBe('#ffffff')
  })

  it('is black on a colour that is not #rrggbb', () => {
    expect(['red', '#0000001', '#g000000', '#00000'].map(textColorOn)).toEqual([
      '#000000',
      '#000000',
      '#000000',
      '#000000',
    ])
  })
})
