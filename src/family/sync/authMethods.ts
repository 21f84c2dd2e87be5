// Which ways of signing in the server offers, remembered on the device (localStorage, which sign-out
// leaves alone) so the sign-in page shows the same ways offline as it did online.
import type { AuthMethodsResponse } from '../../protocol/signIn'

const METHODS_KEY = 'pusterom:auth-methods'
/** Before the server has ever said: ID-porten only. */
const DEFAULT_METHODS: AuthMethodsResponse = { idporten: true, staff: false, password: false }

export function rememberedAuthMethods(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): AuthMethodsResponse {
  try {
    const stored = JSON.parse(storage?.getItem(METHODS_KEY) ?? 'null') as Partial<AuthMethodsResponse> | null
    if (!stored) return DEFAULT_METHODS
    return { idporten: stored.idporten === true, staff: stored.staff === true, password: stored.password === true }
  } catch {
    return DEFAULT_METHODS
  }
}

export function rememberAuthMethods(
  methods: AuthMethodsResponse,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(METHODS_KEY, JSON.stringify(methods))
}
