// The Bokmål texts of the first screen; the build replaces this module with them precompiled
// (src/build/precompiledMessages.ts).
import { firstScreenPart } from '../messageParts'
import { messages } from '../messages'

export default firstScreenPart(messages.nb)
