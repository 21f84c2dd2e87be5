import { describe, expect, it } from 'vitest'
import { overBudget, type FirstScreenBudget } from '../../bench/firstScreenBudget'

const budget: FirstScreenBudget = {
  totalKB: 90,
  chunks: [
    { pattern: 'index-*.js', maxKB: 15, holds: 'the first screen' },
    { pattern: 'vue-*.js', maxKB: 44, holds: 'Vue' },
    { pattern: '*', maxKB: 1, holds: 'the rest' },
  ],
}
const chunk = (asset: string, kb: number) => ({ asset, bytes: kb * 3072, gzipBytes: kb * 1024 })

describe('the first-screen budget', () => {
  it('lets a first screen within every limit pass', () => {
    expect(overBudget([chunk('/assets/index-a1.js', 14), chunk('/assets/vue-b2.js', 43)], budget)).toEqual([])
  })

  it('names the chunk that grew past its limit', () => {
    const problems = overBudget([chunk('/assets/index-a1.js', 16), chunk('/assets/vue-b2.js', 43)], budget)
    expect(problems).toEqual([expect.stringContaining('/assets/index-a1.js 16 KB')])
  })

  it('names a new chunk that joined the first screen', () => {
    const problems = overBudget([chunk('/assets/index-a1.js', 14), chunk('/assets/dateFormat-c3.js', 3)], budget)
    expect(problems).toEqual([expect.stringContaining('/assets/dateFormat-c3.js 3 KB')])
  })

  it('holds the total even when each chunk is within its limit', () => {
    const wide = { ...budget, totalKB: 50 }
    expect(overBudget([chunk('/assets/index-a1.js', 14), chunk('/assets/vue-b2.js', 43)], wide)).toEqual([
      'the first screen is 57 KB of 50 KB',
    ])
  })
})
