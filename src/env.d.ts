/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** The app's version from package.json, put in by Vite's `define`. */
declare const __APP_VERSION__: string
