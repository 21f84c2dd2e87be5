// Fills a console form's fields by their names as staff would, in order: `{ startDate: '25.10.2030' }`.
import type { DOMWrapper } from '@vue/test-utils'

/** Anything test-utils can find a field in: a mounted screen or a part of it. */
interface Findable {
  get(selector: string): Pick<DOMWrapper<Element>, 'setValue'>
}

export async function typeFields(form: Findable, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await form.get(`[name="${name}"]`).setValue(value)
}
