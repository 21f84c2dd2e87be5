// The figures a Lighthouse report gives one page: the three category scores (0–100), the layout shift
// and paint times, and every audit that cost points, with what Lighthouse said about it.
import type { Result } from 'lighthouse'

export interface PageFigures {
  performance: number
  accessibility: number
  bestPractices: number
  layoutShift: number
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  totalBlockingTimeMs: number
  /** "category: audit id (display value): title" for each weighted audit scoring below 1. */
  lostPoints: string[]
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100)
const numeric = (lhr: Result, audit: string) => +(lhr.audits[audit]?.numericValue ?? Number.NaN).toFixed(3)

/** Why an audit without savings failed (issues logged, what blocked the back/forward cache), short. */
function reasons(audit: Result['audits'][string]): string {
  const details = audit.details as { type?: string; items?: unknown[] } | undefined
  if (!details?.items || details.type !== 'table') return ''
  return ` — ${JSON.stringify(details.items).slice(0, 600)}`
}

function lostPoints(lhr: Result): string[] {
  const lost: string[] = []
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.score >= 1) continue
      // Performance: only the weighted metrics and the insights that flag something; elsewhere every failure.
      if (categoryId === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue
      const shown = audit.displayValue ? ` (${audit.displayValue})` : ''
      lost.push(`${categoryId}: ${ref.id}${shown}: ${audit.title}${reasons(audit)}`)
    }
  }
  return lost
}

export function lighthouseFigures(lhr: Result): PageFigures {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    layoutShift: numeric(lhr, 'cumulative-layout-shift'),
    firstContentfulPaintMs: Math.round(numeric(lhr, 'first-contentful-paint')),
    largestContentfulPaintMs: Math.round(numeric(lhr, 'largest-contentful-paint')),
    totalBlockingTimeMs: Math.round(numeric(lhr, 'total-blocking-time')),
    lostPoints: [...(lhr.runtimeError ? [`runtime error: ${lhr.runtimeError.message}`] : []), ...lostPoints(lhr)],
  }
}
