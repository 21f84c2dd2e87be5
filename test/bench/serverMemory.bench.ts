// Benchmark: the memory of the running server on its embedded database, every process of the tree counted
// (targets: ≤ 200 MB idle, ≤ 300 MB after the first start, which creates and seeds the database).
// Production runs `node dist-server/main.js`; `npm start` adds npm and a shell above it, measured beside it.
// Each case starts the server as a user would, waits until it answers /readyz and 10 s more, and reads the
// tree's resident memory from /proc five times a second apart (the largest is reported).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildIfNeeded } from '../../src/server/buildIfNeeded'
import { megabytes } from './support/statistics'
import { processTree } from './support/processTree'

const TARGET_MB = { idle: 200, afterFirstStart: 300 }
const output = process.argv[2] ?? 'bench-results/serverMemory.json'

function serverUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      const match = /"url":"(http:\/\/[^"]+)"/.exec(seen)
      if (match) resolve(match[1] as string)
    })
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it ran`)))
  })
}

async function untilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return
    await sleep(100)
  }
  throw new Error(`${url} never answered /readyz`)
}

async function measure(command: string[], dataDir: string) {
  const child = spawn(command[0] as string, command.slice(1), {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', DEMO_IDP_PORT: '0', SKIP_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // its own process group: npm's children are stopped with it
  })
  try {
    await untilReady(await serverUrl(child))
    await sleep(10_000)
    let largest: ReturnType<typeof processTree> = []
    for (let sample = 0; sample < 5; sample++) {
      const tree = processTree(child.pid as number)
      if (sum(tree) > sum(largest)) largest = tree
      await sleep(1000)
    }
    return {
      totalMB: megabytes(sum(largest)),
      processes: largest.map((entry) => ({ command: entry.command.slice(0, 80), rssMB: megabytes(entry.rssBytes) })),
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-(child.pid as number), 'SIGTERM')
    await exited
  }
}

const sum = (tree: ReturnType<typeof processTree>) => tree.reduce((total, entry) => total + entry.rssBytes, 0)

// The app and the server are built once, as `npm run build` does, so no case measures a build.
spawnSync('npm', ['run', '-s', 'build:server'], { stdio: 'inherit' })
await buildIfNeeded(path.resolve('dist'))
const dataDir = mkdtempSync(path.join(tmpdir(), 'pusterom-memory-'))
try {
  const production = ['node', 'dist-server/main.js']
  const afterFirstStart = await measure(production, dataDir)
  const idle = await measure(production, dataDir)
  const npmStartIdle = await measure(['npm', 'start', '--silent'], dataDir)
  const report = {
    target: `production tree ≤ ${TARGET_MB.idle} MB idle, ≤ ${TARGET_MB.afterFirstStart} MB after the first start`,
    afterFirstStart,
    idle,
    npmStartIdle,
    meetsTarget: idle.totalMB <= TARGET_MB.idle && afterFirstStart.totalMB <= TARGET_MB.afterFirstStart,
  }
  writeFileSync(output, JSON.stringify(report, null, 2))
  console.info(`after the first start: ${afterFirstStart.totalMB} MB (≤ ${TARGET_MB.afterFirstStart})`)
  console.info(`idle: ${idle.totalMB} MB (≤ ${TARGET_MB.idle}) ${report.meetsTarget ? '✓' : '✗'}`)
  console.info(`npm start, idle: ${npmStartIdle.totalMB} MB (npm and its shell included)`)
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
