// The import boundaries in eslint.config.js hold: a wrong-direction import in each folder is an error,
// and the right direction passes. Each case lints one planted line as if it were a file in that folder.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const BOUNDARY_RULES = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports'])
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

/** The boundary errors ESLint reports for `importLine` in a file at `filePath` (relative to the repository). */
async function boundaryErrors(filePath: string, importLine: string): Promise<string[]> {
  const code = filePath.endsWith('.vue')
    ? `<script setup lang="ts">\n${importLine}\nvoid planted\n</script>\n\n<template><p /></template>\n`
    : `${importLine}\nexport { planted }\n`
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` })
  return (result?.messages ?? []).filter((message) => BOUNDARY_RULES.has(message.ruleId ?? '')).map((m) => m.message)
}

describe('views and components reach data through stores and composables', { timeout: 60_000 }, () => {
  it('refuses a component that reads the device database itself', async () => {
    const errors = await boundaryErrors(
      'src/components/app/AppPlanted.vue',
      "import { db as planted } from '../../db/database'",
    )
    expect(errors).toHaveLength(1)
  })

  it('refuses a view that talks to the sync engine', async () => {
    expect(
      await boundaryErrors('src/views/PlantedView.vue', "import { appSync as planted } from '../sync/appSync'"),
    ).toHaveLength(1)
  })

  it('refuses a component that imports an app-setup module', async () => {
    const errors = await boundaryErrors(
      'src/components/app/AppPlanted.vue',
      "import { updateWaiting as planted } from '../../modules/pwa'",
    )
    expect(errors).toHaveLength(1)
  })

  it('lets a component use a store and a composable', async () => {
    expect(
      await boundaryErrors(
        'src/components/app/AppPlanted.vue',
        "import { useAppUpdateStore as planted } from '../../stores/appUpdate'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/views/PlantedView.vue',
        "import { useStayDetails as planted } from '../composables/useStayDetails'",
      ),
    ).toEqual([])
  })
})

describe('the server takes only domain and protocol from the app side', { timeout: 60_000 }, () => {
  it('refuses the device database', async () => {
    expect(
      await boundaryErrors('src/server/push/planted.ts', "import { db as planted } from '../../db/database'"),
    ).toHaveLength(1)
  })

  it('refuses the app’s messages, even from a file at the top of the server', async () => {
    expect(
      await boundaryErrors('src/server/planted.ts', "import { messages as planted } from '../i18n/messages'"),
    ).toHaveLength(1)
  })

  it('refuses a store from a file deep in the server', async () => {
    expect(
      await boundaryErrors(
        'src/server/api/routes/planted.ts',
        "import { useSessionStore as planted } from '../../../stores/session'",
      ),
    ).toHaveLength(1)
  })

  it('lets the server use the domain, the protocol and its own modules', async () => {
    expect(
      await boundaryErrors(
        'src/server/push/planted.ts',
        "import { changeDeadline as planted } from '../../domain/deadline'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors('src/server/push/planted.ts', "import { mutationSchemas as planted } from '../../protocol'"),
    ).toEqual([])
    expect(
      await boundaryErrors('src/server/push/planted.ts', "import { findRecord as planted } from '../storage/records'"),
    ).toEqual([])
  })
})

describe('the app never imports the server', { timeout: 60_000 }, () => {
  it('refuses a store that imports server code', async () => {
    expect(
      await boundaryErrors('src/stores/planted.ts', "import { loadConfig as planted } from '../server/config'"),
    ).toHaveLength(1)
  })
})

describe('the domain stays pure', { timeout: 60_000 }, () => {
  it('refuses Vue', async () => {
    expect(await boundaryErrors('src/domain/planted.ts', "import { ref as planted } from 'vue'")).toHaveLength(1)
  })

  it('refuses Dexie and the device database', async () => {
    expect(await boundaryErrors('src/domain/planted.ts', "import { Dexie as planted } from 'dexie'")).toHaveLength(1)
    expect(
      await boundaryErrors('src/domain/planted.ts', "import { db as planted } from '../db/database'"),
    ).toHaveLength(1)
  })

  it('refuses a value from protocol, such as a schema', async () => {
    expect(
      await boundaryErrors('src/domain/planted.ts', "import { staySchema as planted } from '../protocol/entities'"),
    ).toHaveLength(1)
  })

  it('lets the domain use protocol types and its own rules', async () => {
    expect(
      await boundaryErrors('src/domain/planted.ts', "import type { Stay as planted } from '../protocol/entities'"),
    ).toEqual([])
    expect(
      await boundaryErrors('src/domain/planted.ts', "import { changeDeadline as planted } from './deadline'"),
    ).toEqual([])
  })
})

describe('the service worker takes only domain and protocol from the app', { timeout: 60_000 }, () => {
  it('refuses the device database', async () => {
    expect(
      await boundaryErrors('src/service-worker/planted.ts', "import { db as planted } from '../db/database'"),
    ).toHaveLength(1)
  })

  it('refuses the sync engine', async () => {
    expect(
      await boundaryErrors('src/service-worker/planted.ts', "import { readSession as planted } from '../sync/session'"),
    ).toHaveLength(1)
  })

  it('lets the service worker use the protocol, the domain and its own modules', async () => {
    expect(
      await boundaryErrors(
        'src/service-worker/planted.ts',
        "import type { PushMessage as planted } from '../protocol/push'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/service-worker/planted.ts',
        "import { smsHref as planted } from '../domain/phoneLinks'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors('src/service-worker/planted.ts', "import { SKIP_WAITING as planted } from './messages'"),
    ).toEqual([])
  })
})

describe('the staff console keeps no family data and reaches the API through its stores', { timeout: 60_000 }, () => {
  it('refuses a console store that opens the device database', async () => {
    expect(
      await boundaryErrors('src/console/stores/planted.ts', "import { db as planted } from '../../db/database'"),
    ).toHaveLength(1)
  })

  it('refuses a console view that calls the API client itself', async () => {
    expect(
      await boundaryErrors(
        'src/console/views/PlantedView.vue',
        "import { createStaffApi as planted } from '../../sync/staffApi'",
      ),
    ).toHaveLength(1)
  })

  it('refuses a console component that uses a family store', async () => {
    expect(
      await boundaryErrors(
        'src/console/components/requests/Planted.vue',
        "import { useSessionStore as planted } from '../../../stores/session'",
      ),
    ).toHaveLength(1)
  })

  it('lets a console view use a console store and the domain', async () => {
    expect(
      await boundaryErrors(
        'src/console/views/PlantedView.vue',
        "import { useConsoleRequestsStore as planted } from '../stores/requests'",
      ),
    ).toEqual([])
    expect(
      await boundaryErrors(
        'src/console/components/requests/Planted.vue',
        "import { answerModeOf as planted } from '../../../domain/cancellationNotice'",
      ),
    ).toEqual([])
  })
})
