// Zod in the browser runs without its code generator: the app's CSP forbids eval anyway, and zod's probe
// for it (a caught `new Function`) is still reported as a CSP violation. Imported before any schema is built.
import { z } from 'zod'

if ('document' in globalThis) z.config({ jitless: true })
