// Judges the first screen's chunks against test/bench/firstScreenBudget.json: the total, and each
// pattern's chunks together, so a chunk that grows or a new one that joins the first screen is named.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { kilobytes, type FirstScreenChunk } from './firstScreenChunks'

export interface ChunkBudget {
  pattern: string
  maxKB: number
  holds: string
}

export interface FirstScreenBudget {
  totalKB: number
  chunks: ChunkBudget[]
}

export function readBudget(): FirstScreenBudget {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'firstScreenBudget.json')
  return JSON.parse(readFileSync(file, 'utf8')) as FirstScreenBudget
}

function matches(pattern: string, asset: string): boolean {
  const name = path.posix.basename(asset)
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${source}$`).test(name)
}

/** What is over budget, in words; empty when the first screen fits. */
export function overBudget(chunks: FirstScreenChunk[], budget: FirstScreenBudget): string[] {
  const problems: string[] = []
  const byPattern = new Map<ChunkBudget, FirstScreenChunk[]>(budget.chunks.map((entry) => [entry, []]))
  for (const chunk of chunks) {
    const entry = budget.chunks.find((candidate) => matches(candidate.pattern, chunk.asset))
    if (entry) byPattern.get(entry)?.push(chunk)
    else problems.push(`${chunk.asset} (${kilobytes(chunk.gzipBytes)} KB) matches no pattern in the budget`)
  }
  for (const [entry, matched] of byPattern) {
    const gzipBytes = matched.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
    if (gzipBytes > entry.maxKB * 1024) {
      const names = matched.map((chunk) => `${chunk.asset} ${kilobytes(chunk.gzipBytes)} KB`).join(', ')
      problems.push(`"${entry.pattern}" (${entry.holds}) is ${kilobytes(gzipBytes)} KB of ${entry.maxKB} KB: ${names}`)
    }
  }
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
  if (total > budget.totalKB * 1024) problems.push(`the first screen is ${kilobytes(total)} KB of ${budget.totalKB} KB`)
  return problems
}
