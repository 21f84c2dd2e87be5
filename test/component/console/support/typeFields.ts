// Fills a console form's fields by their names as staff would, in order: `{ startDate: '25.10.2030' }`.
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

export async function typeFields(form: VueWrapper | DOMWrapper<Element>, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await form.get(`[name="${name}"]`).setValue(value)
}
