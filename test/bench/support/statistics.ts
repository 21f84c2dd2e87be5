// Small figures for reports: a quantile of timings, rounded.

export function quantile(values: readonly number[], share: number, digits = 1): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return +(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number).toFixed(digits)
}

export const median = (values: readonly number[], digits = 1) => quantile(values, 0.5, digits)

export const megabytes = (bytes: number) => +(bytes / 1024 / 1024).toFixed(1)
