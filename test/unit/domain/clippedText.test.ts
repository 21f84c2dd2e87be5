import { describe, expect, it } from 'vitest'
import { clippedText } from '../../../src/domain/clippedText'

describe('a text cut to fit', () => {
  it('is left whole when it fits exactly', () => {
    expect(clippedText('Hei på deg', 10)).toBe('Hei på deg')
  })

  it('is cut one character past the room, the ellipsis taking the last place', () => {
    expect(clippedText('Hei på deg!', 10)).toBe('Hei på de…')
  })

  it('leaves no space before the ellipsis', () => {
    expect(clippedText('Hei på deg', 8)).toBe('Hei på…')
  })
})
