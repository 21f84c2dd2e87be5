// One spelling per push endpoint, so that one device is one subscription however its address is
// written. The URL standard's parse does most of it (scheme and host in lower case, an IPv4 address in
// any of its forms as dotted decimal, `/./` and `/../` resolved, the default port dropped); this adds
// what it keeps: an empty query or fragment, a host's closing dot, and percent escapes in any case or of
// characters that need none.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/

function normalEscapes(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16))
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`
  })
}

/** The endpoint's one spelling; null when it is no URL. */
export function normalEndpoint(endpoint: string): string | null {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    return null
  }
  url.hash = ''
  url.search = normalEscapes(url.search)
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1)
  url.pathname = normalEscapes(url.pathname)
  // Parsed again: an escape decoded to a dot may have made a `/./` segment.
  return new URL(url.href).href
}
