// Text as the calendar feed writes it (RFC 5545, 3.3.11): a line break or another control character in
// a name from the database would otherwise become the feed's own structure (`\r\nEND:VCALENDAR…`).
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu

/** One line without control characters, for the values ical-generator escapes itself (summary, location, description). */
export const oneLine = (text: string): string => text.replace(CONTROL, ' ')

/** A TEXT value escaped in full, for the values ical-generator writes as given (the calendar's name). */
export const escapedText = (text: string): string => oneLine(text).replace(/[\\;,]/g, (char) => `\\${char}`)
