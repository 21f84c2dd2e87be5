// Build step: each language's messages become their own module, compiled to vue-i18n's message AST,
// so the app ships without vue-i18n's message compiler and never compiles a message in the browser.
import { pathToFileURL } from 'node:url'
import { baseCompile } from '@intlify/message-compiler'
import { tsImport } from 'tsx/esm/api'
import type { Plugin } from 'vite'

/** The modules the app imports a language's messages from: each default-exports a tree of texts. */
const MESSAGE_MODULE = /[\\/]src[\\/]i18n[\\/]byLocale[\\/]\w+\.ts$/

type MessageTree = { [key: string]: string | MessageTree }

function compileMessage(message: string, key: string): unknown {
  const { ast } = baseCompile(message, {
    jit: true,
    location: false,
    minify: true,
    onError: (error) => {
      throw new Error(`The message ${key} does not compile: ${error.message}`)
    },
  })
  return ast
}

export function compileTree(tree: MessageTree, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? compileMessage(value, prefix + key) : compileTree(value, `${prefix}${key}.`),
    ]),
  )
}

export function precompiledMessages(): Plugin {
  return {
    name: 'pusterom:precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    // With every message precompiled, vue-i18n's compiler is dead code: the define lets the bundler drop it.
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    load: {
      filter: { id: MESSAGE_MODULE },
      // Run the module in Node as it is, then ship only its result, compiled.
      async handler(id) {
        const { default: tree } = (await tsImport(pathToFileURL(id).href, import.meta.url)) as { default: MessageTree }
        return `export default ${JSON.stringify(compileTree(tree))}`
      },
    },
  }
}
