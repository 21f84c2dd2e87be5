// The staff console's texts in Nynorsk, fetched when the console opens; the build replaces this module with
// them precompiled (src/build/precompiledMessages.ts).
import { consolePart } from '../messageParts'
import { messages } from '../messages'

export default consolePart(messages.nn)
