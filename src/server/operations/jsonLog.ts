// The process's log: one JSON object a line on stdout, each stamped with the time, for whatever
// collects container logs. Lines already JSON (requests) pass through; the server's few plain lines
// (a failed push, a bug's kind and route) are wrapped, as warnings, or errors when they say so.
import { isoNow, type Clock } from '../../domain/clock'

export function jsonLog(write: (line: string) => void, clock: Clock): (line: string) => void {
  return (line) => {
    const time = JSON.stringify(isoNow(clock))
    if (line.startsWith('{"')) write(`{"time":${time},${line.slice(1)}`)
    else write(JSON.stringify({ time: isoNow(clock), level: line.startsWith('error') ? 'error' : 'warn', msg: line }))
  }
}

/** Writes a line to standard output. */
export const stdoutLine = (line: string): void => {
  process.stdout.write(`${line}\n`)
}
