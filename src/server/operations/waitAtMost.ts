// Waits for work to end, but no longer than a limit: what a stopping server gives its work in flight.
export async function waitAtMost(work: Promise<unknown> | null, ms: number): Promise<void> {
  if (work === null) return
  // setTimeout takes anything past 24.8 days, Infinity too, as 1 ms.
  if (!Number.isFinite(ms)) return void (await work.then(noop, noop))
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  try {
    await Promise.race([work.then(noop, noop), limit])
  } finally {
    clearTimeout(timer)
  }
}

function noop(): void {}
