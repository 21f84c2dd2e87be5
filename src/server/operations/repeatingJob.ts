// A job the server runs at start and then at a fixed interval (the retention of the access log and of
// closed households): its counts logged when it did something, a failure logged by its kind only, as
// a database error's text can name what it touched.

export interface RepeatingJob {
  /** Stops the timer; resolves once a run under way has ended, so the database can close after it. */
  stop(): Promise<void>
}

/** Runs `run` now and every `everyMs`; logs `msg` with the counts it answers, unless it answers null (nothing done). */
export function startRepeatingJob(
  msg: string,
  everyMs: number,
  run: () => Promise<Record<string, number> | null>,
  log: (line: string) => void,
): RepeatingJob {
  let running: Promise<void> = Promise.resolve()
  const once = () =>
    (running = run().then(
      (counts) => {
        if (counts) log(JSON.stringify({ level: 'info', msg, ...counts }))
      },
      (error: unknown) =>
        log(
          JSON.stringify({
            level: 'error',
            msg: `${msg} failed`,
            error: error instanceof Error ? error.name : 'unknown',
          }),
        ),
    ))
  void once()
  const timer = setInterval(() => void once(), everyMs)
  timer.unref()
  return {
    stop: () => {
      clearInterval(timer)
      return running
    },
  }
}
