// Links that let a parent call or text the respite place with one tap.

/** The number in international form without spaces; a bare 8-digit number is Norwegian. */
export function dialableNumber(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '')
  if (digits.startsWith('+')) return digits
  if (digits.startsWith('00')) return `+${digits.slice(2)}`
  return digits.length === 8 ? `+47${digits}` : digits
}

export function telHref(phone: string): string {
  return `tel:${dialableNumber(phone)}`
}

/** An SMS link with the text filled in; `?body=` is what current Android and iOS both read. */
export function smsHref(phone: string, body: string): string {
  return `sms:${dialableNumber(phone)}?body=${encodeURIComponent(body)}`
}
