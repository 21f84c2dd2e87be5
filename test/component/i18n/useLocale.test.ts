// The app's language reaches the screens as one of its three languages, whatever vue-i18n was told.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useLocale } from '../../../src/i18n/useLocale'
import { createAppI18n } from '../support/appI18n'

const ShowsLocale = defineComponent({
  setup() {
    const locale = useLocale()
    return () => h('p', locale.value)
  },
})

describe('the language a screen is shown in', () => {
  it('follows the language chosen', async () => {
    const i18n = createAppI18n('nn')
    const wrapper = mount(ShowsLocale, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('nn')
    i18n.global.locale.value = 'en'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toBe('en')
  })
})
