// The app's texts in English; the build replaces this module with them precompiled
// (src/build/precompiledMessages.ts).
import { appPart } from '../messageParts'
import { messages } from '../messages'

export default appPart(messages.en)
