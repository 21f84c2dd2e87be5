// Black or white, whichever reads better on a person's colour (WCAG relative luminance).

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
  // Stryker disable next-line EqualityOperator: a channel is n / 255, never exactly 0.03928
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

export function textColorOn(background: string): '#000000' | '#ffffff' {
  const hex = background.replace('#', '')
  if (!/^[0-9a-f]{6}$/i.test(hex)) return '#000000'
  const luminance = 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4)
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05; they are equal at L ≈ 0.179.
  // Stryker disable next-line EqualityOperator: no #rrggbb colour has a luminance of exactly 0.179
  return luminance > 0.179 ? '#000000' : '#ffffff'
}
