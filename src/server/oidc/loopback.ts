// Whether a URL points at this machine: only such providers (the local stand-ins) may speak plain http.
const LOOPBACK_HOST = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/

export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOST.test(new URL(url).hostname)
  } catch {
    return false
  }
}
