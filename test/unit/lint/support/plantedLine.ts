// Lints one planted line as if it were a file at a path of the repository, and answers what the project's rules say.
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { expect } from 'vitest'

const root = fileURLToPath(new URL('../../../..', import.meta.url))
let eslint: ESLint | undefined

/** The errors of `rules` that ESLint reports for `line` in a file at `filePath` (relative to the repository). */
export async function plantedErrors(rules: ReadonlySet<string>, filePath: string, line: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root })
  const code = filePath.endsWith('.vue')
    ? `<script setup lang="ts">\n${line}\nvoid planted\n</script>\n\n<template><p /></template>\n`
    : `${line}\nexport { planted }\n`
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` })
  return (result?.messages ?? []).filter((message) => rules.has(message.ruleId ?? '')).map((m) => m.message)
}

/** `refused` and `allowed` for a planted line, judged by the given rules only. */
export function plantedLineJudge(rules: ReadonlySet<string>) {
  return {
    refused: async (filePath: string, line: string) =>
      expect(await plantedErrors(rules, filePath, line)).not.toEqual([]),
    allowed: async (filePath: string, line: string) => expect(await plantedErrors(rules, filePath, line)).toEqual([]),
  }
}
