// The resident memory of a process and every process it started, read from /proc (Linux), as `ps -o rss` shows it.
import { readdirSync, readFileSync } from 'node:fs'

interface ProcessEntry {
  pid: number
  parent: number
  rssBytes: number
  command: string
}

function readEntry(pid: number): ProcessEntry | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    return { pid, parent: field('PPid'), rssBytes: field('VmRSS') * 1024, command }
  } catch {
    return null // it ended while we looked
  }
}

/** The process `root` and its descendants, each with its resident memory. */
export function processTree(root: number): ProcessEntry[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readEntry(Number(name)))
    .filter((entry): entry is ProcessEntry => entry !== null)
  const tree: ProcessEntry[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift() as number
    const entry = all.find((candidate) => candidate.pid === pid)
    if (entry) tree.push(entry)
    for (const child of all.filter((candidate) => candidate.parent === pid)) queue.push(child.pid)
  }
  return tree
}
