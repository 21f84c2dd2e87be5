// What is wrong with a screen on a small phone or at large text, measured in the page: parts wider than
// the screen (sideways scrolling), short words split across lines, a crowded bottom menu, and fixed bars
// that leave little room for the page.
import type { Page } from 'playwright-core'

/**
 * Elements that stick out to the right of the screen, which would force sideways scrolling. Those inside a
 * region that scrolls on its own (the medication table, a data table WCAG 1.4.10 allows) move no page.
 */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inScrollRegion = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true
      return false
    }
    return (
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter((element) => !inScrollRegion(element))
        // The innermost ones say most: an element none of whose children stick out is the cause.
        .filter(
          (element) =>
            ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5),
        )
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(element.getBoundingClientRect().right)} px)`,
        )
    )
  })
}

/**
 * Words of at most `longest` characters that the page shows split over two lines ("Paracetamo l", "IK KE"):
 * a column squeezed narrower than a short word. Longer compound words may be broken where they must.
 */
export function splitWords(page: Page, within = 'main', longest = 12): Promise<string[]> {
  return page.evaluate(
    ({ within, longest }) => {
      const split: string[] = []
      for (const root of document.querySelectorAll(within)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement
          if (!parent || parent.closest('[hidden], .visually-hidden, option, select, textarea')) continue
          // A compound breaks fine after its hyphen or dash ("«Om meg»-", "18.–"): each part is a word here.
          for (const match of (node.textContent ?? '').matchAll(/[^\s\-–]+[-–]?/g)) {
            if (match[0].length > longest) continue
            const range = document.createRange()
            range.setStart(node, match.index)
            range.setEnd(node, match.index + match[0].length)
            const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
            if (new Set(rects.map((rect) => Math.round(rect.top))).size > 1) split.push(match[0])
          }
        }
      }
      return split
    },
    { within, longest },
  )
}

/** The bottom menu's labels that touch or overlap their neighbours, or are cut off. */
function crowdedNavLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('nav.bottom-nav a > span:not([data-testid])')]
    const rects = labels.map((label) => label.getBoundingClientRect())
    return labels.flatMap((label, index) => {
      const next = rects[index + 1]
      const here = rects[index] as DOMRect
      const link = label.parentElement?.getBoundingClientRect()
      const overlaps = next !== undefined && here.right > next.left - 1
      const cut = link !== undefined && (here.left < link.left - 0.5 || here.right > link.right + 0.5)
      return overlaps || cut ? [label.textContent ?? ''] : []
    })
  })
}

/** The share of the screen's height that bars fixed or stuck to its edges cover, scrolled to the middle. */
export function fixedBarsShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight / 2)
    const bars = [...document.querySelectorAll('body *')].filter((element) => {
      const position = getComputedStyle(element).position
      return (position === 'fixed' || position === 'sticky') && element.getBoundingClientRect().height > 0
    })
    const covered = bars
      .map((bar) => bar.getBoundingClientRect())
      .filter((rect) => rect.bottom > 0 && rect.top < window.innerHeight)
      .reduce((sum, rect) => sum + Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0), 0)
    window.scrollTo(0, 0)
    return covered / window.innerHeight
  })
}

/**
 * What is wrong with the screen now, each problem named after `screen`. `longestWhole`: the longest word that
 * must never be split; at 200 % text on 320 px a line holds about ten letters, so longer words may break.
 */
export async function layoutProblems(page: Page, screen: string, longestWhole = 12): Promise<string[]> {
  const wide = await overflowingElements(page)
  const crowded = await crowdedNavLabels(page)
  const split = await splitWords(page, 'main', longestWhole)
  return [
    ...(wide.length > 0 ? [`${screen}: ${wide.slice(0, 3).join(', ')}`] : []),
    ...(crowded.length > 0 ? [`${screen}: bottom menu labels ${crowded.join(', ')}`] : []),
    ...(split.length > 0 ? [`${screen}: words split over two lines: ${split.slice(0, 5).join(', ')}`] : []),
  ]
}

/**
 * Text at 200 %, as a phone's largest text setting does it: the root font size that every rem follows. Resolves
 * after two frames, once what the page measures of itself (resize observers) has seen the new size.
 */
export const largeText = (page: Page) =>
  page.evaluate(async () => {
    document.documentElement.style.fontSize = '200%'
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
  })
