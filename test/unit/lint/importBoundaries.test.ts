// The import boundaries in eslint.config.js hold: three wings (family app, staff console, server with the family's
// service worker) on one foundation (domain, protocol, i18n, ui), and inside each wing imports that run downwards.
// Each case lints one planted line as if it were a file at that path; every planted import names a real file.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'import-x/no-restricted-paths',
])
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

const refused = async (filePath: string, importLine: string) =>
  expect(await boundaryErrors(filePath, importLine)).not.toEqual([])
const allowed = async (filePath: string, importLine: string) =>
  expect(await boundaryErrors(filePath, importLine)).toEqual([])

describe('the wings never import each other', { timeout: 60_000 }, () => {
  it('refuses a family store that imports the console', () =>
    refused(
      'src/family/stores/planted.ts',
      "import { useConsoleRequestsStore as planted } from '../../console/stores/requests'",
    ))

  it('refuses a console component that uses a family store', () =>
    refused(
      'src/console/components/requests/Planted.vue',
      "import { useSessionStore as planted } from '../../../family/stores/session'",
    ))

  it('refuses a console store that opens the device database', () =>
    refused('src/console/stores/planted.ts', "import { db as planted } from '../../family/db/database'"))

  it('refuses a family file that imports server code', () =>
    refused('src/family/stores/planted.ts', "import { loadConfig as planted } from '../../server/config'"))

  it('refuses the server a family store, even from a file deep in it', () =>
    refused(
      'src/server/api/handlers/planted.ts',
      "import { useSessionStore as planted } from '../../../family/stores/session'",
    ))

  it('refuses the server the console', () =>
    refused('src/server/planted.ts', "import { staffSignIn as planted } from '../console/api/staffSession'"))

  it('refuses the service worker the family’s sync engine', () =>
    refused('src/service-worker/planted.ts', "import { readSession as planted } from '../family/sync/session'"))

  it('lets each wing use the foundation', async () => {
    await allowed('src/family/stores/planted.ts', "import { changeDeadline as planted } from '../../domain/deadline'")
    await allowed('src/console/stores/planted.ts', "import type { Stay as planted } from '../../protocol/entities'")
    await allowed(
      'src/console/components/session/Planted.vue',
      "import planted from '../../../ui/SignInPasswordFields.vue'",
    )
    await allowed('src/server/push/planted.ts', "import { changeDeadline as planted } from '../../domain/deadline'")
    await allowed('src/service-worker/planted.ts', "import type { PushMessage as planted } from '../protocol/push'")
  })
})

describe(
  'the server and the service worker take only domain and protocol from the foundation',
  { timeout: 60_000 },
  () => {
    it('refuses the server the browser’s messages', () =>
      refused('src/server/planted.ts', "import { rememberedLocale as planted } from '../i18n/locales'"))

    it('refuses the service worker the browser’s components', () =>
      refused('src/service-worker/planted.ts', "import planted from '../ui/SignInPasswordFields.vue'"))

    it('lets the server use its own modules and the service worker its own', async () => {
      await allowed('src/server/push/planted.ts', "import { findRecord as planted } from '../storage/records'")
      await allowed('src/service-worker/planted.ts', "import { smsHref as planted } from '../domain/phoneLinks'")
    })
  },
)

describe('the foundation imports no wing', { timeout: 60_000 }, () => {
  it('refuses the domain the device database', () =>
    refused('src/domain/planted.ts', "import { db as planted } from '../family/db/database'"))

  it('refuses the messages a family store', () =>
    refused('src/i18n/planted.ts', "import { useSessionStore as planted } from '../family/stores/session'"))

  it('refuses the protocol the domain', () =>
    refused('src/protocol/planted.ts', "import { changeDeadline as planted } from '../domain/deadline'"))
})

describe('the domain stays pure', { timeout: 60_000 }, () => {
  it('refuses Vue', () => refused('src/domain/planted.ts', "import { ref as planted } from 'vue'"))

  it('refuses Dexie', () => refused('src/domain/planted.ts', "import { Dexie as planted } from 'dexie'"))

  it('refuses a value from protocol, such as a schema', () =>
    refused('src/domain/planted.ts', "import { staySchema as planted } from '../protocol/entities'"))

  it('lets the domain use protocol types and its own rules', async () => {
    await allowed('src/domain/planted.ts', "import type { Stay as planted } from '../protocol/entities'")
    await allowed('src/domain/planted.ts', "import { changeDeadline as planted } from './deadline'")
  })
})

describe('inside the family app imports run downwards', { timeout: 60_000 }, () => {
  it('refuses a component that reads the device database itself', () =>
    refused('src/family/components/app/AppPlanted.vue', "import { db as planted } from '../../db/database'"))

  it('refuses a view that talks to the sync engine', () =>
    refused('src/family/views/PlantedView.vue', "import { appSync as planted } from '../sync/appSync'"))

  it('refuses a component that imports an app-setup module', () =>
    refused(
      'src/family/components/app/AppPlanted.vue',
      "import { installRouter as planted } from '../../modules/router'",
    ))

  it('refuses a store that imports a screen read', () =>
    refused(
      'src/family/stores/planted.ts',
      "import { useStayDetails as planted } from '../composables/useStayDetails'",
    ))

  it('refuses a tool that imports a store', () =>
    refused('src/family/tools/planted.ts', "import { useSessionStore as planted } from '../stores/session'"))

  it('refuses the device database a store', () =>
    refused('src/family/db/planted.ts', "import { useSessionStore as planted } from '../stores/session'"))

  it('refuses the sync engine a view', () =>
    refused('src/family/sync/planted.ts', "import planted from '../views/AgendaView.vue'"))

  it('lets each layer use the ones below it', async () => {
    await allowed(
      'src/family/components/app/AppPlanted.vue',
      "import { useAppUpdateStore as planted } from '../../stores/appUpdate'",
    )
    await allowed(
      'src/family/views/PlantedView.vue',
      "import { useStayDetails as planted } from '../composables/useStayDetails'",
    )
    await allowed('src/family/composables/planted.ts', "import { useSessionStore as planted } from '../stores/session'")
    await allowed('src/family/stores/planted.ts', "import { useAppTime as planted } from '../tools/useAppTime'")
    await allowed('src/family/stores/planted.ts', "import { db as planted } from '../db/database'")
  })
})

describe('inside the staff console imports run downwards', { timeout: 60_000 }, () => {
  it('refuses a console view that calls the API client itself', () =>
    refused('src/console/views/PlantedView.vue', "import { staffSignIn as planted } from '../api/staffSession'"))

  it('refuses a console store that imports a screen helper', () =>
    refused(
      'src/console/stores/planted.ts',
      "import { useConsoleFormat as planted } from '../composables/useConsoleFormat'",
    ))

  it('refuses the console’s api a store', () =>
    refused('src/console/api/planted.ts', "import { useConsoleRequestsStore as planted } from '../stores/requests'"))

  it('lets a console view use a console store, a tool and the domain', async () => {
    await allowed(
      'src/console/views/PlantedView.vue',
      "import { useConsoleRequestsStore as planted } from '../stores/requests'",
    )
    await allowed('src/console/stores/planted.ts', "import { useStaffQuery as planted } from '../tools/useStaffQuery'")
    await allowed(
      'src/console/components/requests/Planted.vue',
      "import { answerModeOf as planted } from '../../../domain/cancellationNotice'",
    )
  })
})

describe('inside the server imports run downwards', { timeout: 60_000 }, () => {
  it('refuses a staff service the API', () =>
    refused('src/server/staff/planted.ts', "import { respondWithError as planted } from '../api/errorHandler'"))

  it('refuses a mutation the API’s input checks', () =>
    refused('src/server/mutations/planted.ts', "import { validateInput as planted } from '../api/validateInput'"))

  it('refuses sign-in’s providers the API', () =>
    refused('src/server/oidc/planted.ts', "import { respondWithError as planted } from '../api/errorHandler'"))

  it('refuses the database who is signed in', () =>
    refused('src/server/storage/planted.ts', "import type { Principal as planted } from '../auth/principal'"))

  it('refuses Web Push the reminders, and the reminders the calendar feed', async () => {
    await refused('src/server/push/planted.ts', "import { reminderJobs as planted } from '../reminders/reminderJobs'")
    await refused(
      'src/server/reminders/planted.ts',
      "import { calendarFeedHandlers as planted } from '../calendarFeed/feedHandlers'",
    )
  })

  it('refuses a part of the server its wiring', () =>
    refused('src/server/push/planted.ts', "import { startNotifications as planted } from '../notifications'"))

  it('lets each layer use the ones below it', async () => {
    await allowed('src/server/push/planted.ts', "import { attach as planted } from '../api/route'")
    await allowed('src/server/api/planted.ts', "import { createStay as planted } from '../staff/staffStays'")
    await allowed('src/server/staff/planted.ts', "import { notFound as planted } from '../errors/apiError'")
    await allowed('src/server/mutations/planted.ts', "import { firstProblem as planted } from '../errors/inputProblem'")
    await allowed('src/server/reminders/planted.ts', "import { createNotifier as planted } from '../push/notifier'")
  })
})
