// Runs axe-core's WCAG 2.1 A and AA rules in the page and returns each violation as a readable line.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface AxeNode {
  target: unknown[]
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

let axeSource: Promise<string> | undefined
function loadAxe(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  return axeSource
}

function describe(violation: AxeViolation): string {
  const where = violation.nodes.map(
    (node) => `    at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`,
  )
  return [`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`, ...where].join('\n')
}

/**
 * The page's strict CSP would block an injected <script> (addScriptTag), so axe is evaluated through
 * the DevTools protocol instead, which CSP does not govern: the page keeps its real policy while checked.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(await loadAxe())
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return JSON.parse(JSON.stringify(result.violations)) as unknown[]
  }, WCAG_21_AA)
  return (violations as AxeViolation[]).map(describe)
}
