// Every migration expands before it contracts (src/server/storage/migrations/README.md), so the release
// before it keeps working over the migrated schema during a rolling upgrade: what a migration removes,
// the release before it no longer names; what would break that release's writes in place (a rename, a
// new type, a NOT NULL, a constraint on an existing table) is not done, unless a `-- contract-ok:` comment
// just above the statement says why that release is unaffected.
import { describe, expect, it } from 'vitest'
import { readMigrations, type Migration } from '../../../src/server/storage/migrate'
import { historyAvailable, migrationFile, commitBefore, serverCodeNames } from '../support/previousRelease'

/** Written before the rule, and kept as released: 0012 dropped the table in the release that stopped using it. */
const BEFORE_THE_RULE: Record<string, string> = { '0012:login_failures': 'dropped with the code that used it' }

interface Statement {
  text: string
  /** A `-- contract-ok: …` comment right above it. */
  vouchedFor: boolean
}

/** The migration's statements, without comments and function bodies (which only run later, if at all). */
function statementsOf(sql: string): Statement[] {
  const withoutBodies = sql.replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "''")
  return withoutBodies.split(';').map((chunk) => ({
    vouchedFor: /--\s*contract-ok:/i.test(chunk),
    text: chunk
      .replace(/--[^\n]*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }))
}

const NAME = '"?([a-z_][a-z0-9_]*)"?'
const REMOVES = new RegExp(
  `\\bDROP (?:TABLE|VIEW|MATERIALIZED VIEW|FUNCTION|TYPE|SEQUENCE|COLUMN)(?: IF EXISTS)? ${NAME}`,
  'gi',
)
const BREAKS_IN_PLACE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bRENAME\b/i, 'renames'],
  [/\bALTER COLUMN \S+ (?:SET DATA )?TYPE\b/i, 'changes a column’s type'],
  [/\bSET NOT NULL\b/i, 'makes a column NOT NULL'],
  [
    /\bADD COLUMN (?:IF NOT EXISTS )?\S+ (?:(?!DEFAULT)[^,])*\bNOT NULL\b(?:(?!DEFAULT)[^,])*$/i,
    'adds a NOT NULL column without a default',
  ],
  [/\bADD (?:CONSTRAINT \S+ )?(?:UNIQUE|CHECK|FOREIGN KEY|PRIMARY KEY|EXCLUDE)\b/i, 'adds a constraint to a table'],
  [/\bCREATE UNIQUE INDEX\b/i, 'adds a unique index to a table'],
]

function tablesCreatedIn(statements: readonly Statement[]): Set<string> {
  return new Set(
    statements.flatMap((statement) => {
      const match = new RegExp(`^CREATE TABLE(?: IF NOT EXISTS)? ${NAME}`, 'i').exec(statement.text)
      return match ? [match[1]!.toLowerCase()] : []
    }),
  )
}

/** The table a statement works on (ALTER TABLE t …, CREATE … INDEX … ON t). */
function tableOf(text: string): string | null {
  const match = new RegExp(`^ALTER TABLE(?: ONLY)? ${NAME}|\\bON(?: ONLY)? ${NAME}`, 'i').exec(text)
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null
}

function inPlaceBreaks(migration: Migration): string[] {
  const statements = statementsOf(migration.sql)
  const created = tablesCreatedIn(statements)
  return statements.flatMap((statement) => {
    if (statement.vouchedFor) return []
    const table = tableOf(statement.text)
    if (table !== null && created.has(table)) return []
    // Splitting an ALTER TABLE into its actions finds the column that lacks a default.
    const actions = statement.text.split(/,(?![^(]*\))/)
    return BREAKS_IN_PLACE.filter(([pattern]) => actions.some((action) => pattern.test(action))).map(
      ([, what]) => `${migration.version}: ${what}: ${statement.text.slice(0, 120)}`,
    )
  })
}

function removedNames(migration: Migration): string[] {
  return statementsOf(migration.sql)
    .filter((statement) => !statement.vouchedFor)
    .flatMap((statement) => [...statement.text.matchAll(REMOVES)].map((match) => match[1]!.toLowerCase()))
}

const migrations = readMigrations()

describe('every migration expands before it contracts', () => {
  it('changes nothing in place that would break the previous release’s reads or writes', () => {
    expect(migrations.flatMap(inPlaceBreaks)).toEqual([])
  })

  it.runIf(historyAvailable())('removes only what the release before it no longer names', () => {
    const stillUsed = migrations.flatMap((migration) => {
      const before = commitBefore(migrationFile(migration))
      return removedNames(migration)
        .filter((name) => !BEFORE_THE_RULE[`${migrationFile(migration).slice(0, 4)}:${name}`])
        .filter((name) => serverCodeNames(before, name))
        .map((name) => `${migrationFile(migration)} removes ${name}, which ${before.slice(0, 10)} still names`)
    })
    expect(stillUsed).toEqual([])
  })

  it.skipIf(historyAvailable())(
    '(skipped: this clone has no git history to find the release before each migration)',
    () => {
      console.warn('expandBeforeContract: no git history here, so what each migration removes was not checked')
    },
  )

  it('finds the contracting statements it is there to find', () => {
    const aMigration = (sql: string): Migration => ({ version: 9999, name: 'example', sql })
    expect(
      removedNames(aMigration('ALTER TABLE push_jobs DROP COLUMN attempts; DROP TABLE IF EXISTS old_things;')),
    ).toEqual(['attempts', 'old_things'])
    for (const sql of [
      'ALTER TABLE records RENAME COLUMN data TO body',
      'ALTER TABLE records ALTER COLUMN seq TYPE integer',
      'ALTER TABLE households ALTER COLUMN created_at SET NOT NULL',
      'ALTER TABLE push_jobs ADD COLUMN owner text NOT NULL',
      'ALTER TABLE push_subscriptions ADD CONSTRAINT one_per_endpoint UNIQUE (endpoint)',
      'CREATE UNIQUE INDEX one_per_household ON push_subscriptions (household_id)',
    ])
      expect(inPlaceBreaks(aMigration(sql)), sql).toHaveLength(1)
    for (const sql of [
      'ALTER TABLE push_jobs ADD COLUMN queued_at timestamptz NOT NULL DEFAULT now()',
      'ALTER TABLE push_jobs ADD COLUMN note text, ADD COLUMN tries integer DEFAULT 0 NOT NULL',
      'CREATE TABLE things (id uuid PRIMARY KEY, name text NOT NULL UNIQUE); CREATE UNIQUE INDEX things_by_name ON things (name)',
      'CREATE INDEX records_by_kind ON records (entity)',
      '-- contract-ok: no release writes this table any more\nALTER TABLE old_things ALTER COLUMN id SET NOT NULL',
    ])
      expect(inPlaceBreaks(aMigration(sql)), sql).toEqual([])
  })
})
