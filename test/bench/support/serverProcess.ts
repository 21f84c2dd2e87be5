// Starts benchServer.ts in a child process (tsx as a loader, an IPC channel) and talks to it.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { BenchServerSetup, FromServer, ServerMemory, ServerReady } from './benchServerMessages'

export interface ServerProcess {
  ready: ServerReady
  memory(): Promise<ServerMemory>
  /** Asks the server to stop and waits until its process has exited. */
  stop(): Promise<void>
}

const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'benchServer.ts')

function nextMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type === 'failed') {
        done()
        reject(new Error(`the bench server failed: ${message.message}`))
      } else if (message.type === type) {
        done()
        resolve(message as Extract<FromServer, { type: T }>)
      }
    }
    const onExit = (code: number | null) => {
      done()
      reject(new Error(`the bench server exited with ${code}`))
    }
    const done = () => {
      child.off('message', onMessage)
      child.off('exit', onExit)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

export async function startServerProcess(
  setup: BenchServerSetup,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServerProcess> {
  // BENCH_SERVER_CPU_PROFILE=<dir>: a V8 CPU profile of the server, to see where a slow figure comes from.
  const profile = env.BENCH_SERVER_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_SERVER_CPU_PROFILE}`] : []
  const child = fork(script, [JSON.stringify(setup)], {
    execArgv: ['--import', 'tsx', ...profile],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const ready = await nextMessage(child, 'ready')
  return {
    ready,
    memory() {
      const answer = nextMessage(child, 'memory')
      child.send({ type: 'memory' })
      return answer
    },
    async stop() {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' })
      await exited
    },
  }
}
