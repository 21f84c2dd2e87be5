// Notices that every screen can show but few phones need: their code and Bokmål texts load after the first screen.
import { defineAsyncComponent, type Component } from 'vue'
import { afterFirstPaint } from './afterFirstPaint'
import { laterMessagesLoaded } from '../../i18n/installI18n'

export function afterFirstScreen(load: () => Promise<{ default: Component }>): Component {
  return defineAsyncComponent(async () => {
    await afterFirstPaint()
    const [module] = await Promise.all([load(), laterMessagesLoaded()])
    return module.default
  })
}
