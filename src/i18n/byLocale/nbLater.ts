// The Bokmål texts no part of the first screen uses; the build replaces this module with them precompiled
// (src/build/precompiledMessages.ts).
import { laterPart } from '../messageParts'
import { messages } from '../messages'

export default laterPart(messages.nb)
