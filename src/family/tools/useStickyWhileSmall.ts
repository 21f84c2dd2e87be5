// Whether a bar may stick to the bottom of the screen: only while it takes a small share of the screen's
// height. At 200 % text a stuck bar (with the bottom menu) would leave the page too little room, and hide
// what is focused under it, so there it stays in the page's flow instead.
import { onScopeDispose, shallowRef, watchEffect, type Ref } from 'vue'

export function useStickyWhileSmall(bar: Readonly<Ref<HTMLElement | null>>, mostShare = 0.12): Readonly<Ref<boolean>> {
  const small = shallowRef(true)
  const measure = () => {
    const element = bar.value
    if (element) small.value = element.offsetHeight <= mostShare * globalThis.innerHeight
  }
  watchEffect((onCleanup) => {
    const element = bar.value
    if (!element || !globalThis.ResizeObserver) return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    onCleanup(() => observer.disconnect())
  })
  globalThis.addEventListener?.('resize', measure)
  onScopeDispose(() => globalThis.removeEventListener?.('resize', measure))
  return small
}
