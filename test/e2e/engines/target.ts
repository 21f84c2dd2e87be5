// What a test looks for on the screen, as a person does: a control by its label, or an element by its kind and
// its text; and the one function, run inside the page on every engine, that finds it.

/** Text as shown, spaces collapsed: a string must match whole, a pattern anywhere (anchor it to be strict). */
export type ShownText = string | RegExp

export type Target =
  /** A form control by its <label> or aria-label; clicking it clicks the label, as a finger taps the row. */
  | { label: ShownText }
  /** The first element the selector matches that is on screen and, if given, shows this text. */
  | { css: string; text?: ShownText }

type TextInPage = { exact: string } | { pattern: string; flags: string }

/** A Target as it crosses into the page: a RegExp does not survive being sent there. */
export interface TargetInPage {
  css?: string
  label?: TextInPage
  text?: TextInPage
  /** To click: a label itself (as a finger taps the row), once it holds still; to type: a label's control. */
  use: 'click' | 'type'
}

const inPage = (text: ShownText): TextInPage =>
  typeof text === 'string' ? { exact: text } : { pattern: text.source, flags: text.flags }

export function targetInPage(target: Target, use: TargetInPage['use']): TargetInPage {
  if ('label' in target) return { label: inPage(target.label), use }
  return { css: target.css, text: target.text === undefined ? undefined : inPage(target.text), use }
}

export function describeTarget(target: Target): string {
  if ('label' in target) return `the control labelled ${String(target.label)}`
  return target.text === undefined ? target.css : `${target.css} showing ${String(target.text)}`
}

/**
 * Runs inside the page: it may use nothing from outside its own body. An element to click must have held still
 * for two frames, or a list still drawing its cards would move it from under the tap.
 */
export async function findInPage(target: TargetInPage): Promise<Element | null> {
  const shownText = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const fits = (text: string, wanted: TextInPage) =>
    'exact' in wanted ? text === wanted.exact : new RegExp(wanted.pattern, wanted.flags).test(text)
  const onScreen = (element: Element) => {
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
  }
  const find = (): Element | null => {
    if (target.label) {
      const wanted = target.label
      for (const label of document.querySelectorAll('label')) {
        if (!fits(shownText(label), wanted) || !onScreen(label)) continue
        const control = label.control ?? label.querySelector('input, select, textarea')
        if (control) return target.use === 'click' ? label : control
      }
      const named = [...document.querySelectorAll('[aria-label]')]
      return (
        named.find((element) => fits(element.getAttribute('aria-label') ?? '', wanted) && onScreen(element)) ?? null
      )
    }
    const matching = [...document.querySelectorAll(target.css ?? '*')]
    return (
      matching.find((element) => onScreen(element) && (!target.text || fits(shownText(element), target.text))) ?? null
    )
  }
  const element = find()
  if (!element || target.use === 'type') return element
  const where = (box: DOMRect) => [box.x, box.y, box.width, box.height].join()
  const before = where(element.getBoundingClientRect())
  for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve))
  return element.isConnected && where(element.getBoundingClientRect()) === before ? element : null
}
