import { effectScope, shallowRef } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { FIRST_SCREEN_ITEMS, useProgressiveList } from '../../../src/family/tools/useProgressiveList'

const stays = (count: number) => Array.from({ length: count }, (_, index) => `stay ${index + 1}`)

describe('a long list of stays', () => {
  it('shows the first screenful at once and every other stay in the moments after', async () => {
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(shallowRef(stays(60))))
    expect(shown?.value).toEqual(stays(FIRST_SCREEN_ITEMS))
    await vi.waitFor(() => expect(shown?.value).toEqual(stays(60)))
    scope.stop()
  })

  it('shows a short list whole at once', () => {
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(shallowRef(stays(3))))
    expect(shown?.value).toEqual(stays(3))
    scope.stop()
  })

  it('shows stays that arrive later too', async () => {
    const scope = effectScope()
    const list = shallowRef(stays(2))
    const shown = scope.run(() => useProgressiveList(list))
    list.value = stays(30)
    await vi.waitFor(() => expect(shown?.value).toEqual(stays(30)))
    scope.stop()
  })
})
