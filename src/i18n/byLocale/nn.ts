// The app's texts in Nynorsk; the build replaces this module with them precompiled
// (src/build/precompiledMessages.ts).
import { allOf } from '../messageParts'
import { messages } from '../messages'

export default allOf(messages.nn)
