// A text cut to fit where room is short (a push, a list's line): whole if it fits, else cut with an ellipsis.

/** `text` at most `max` characters long, the ellipsis counted, no space left before it. */
export function clippedText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
