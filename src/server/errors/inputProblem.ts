// The first problem of invalid input, said the same way wherever input is checked: a request's path,
// query and body (../api/validateInput.ts) and each mutation's arguments (../mutations/applyMutations.ts).
import type { z } from 'zod'

/** The field of an issue; input that fits none of a union's forms is judged by the first form. */
function located(issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): { path: string[]; message: string } {
  const path = [...prefix, ...issue.path].map(String)
  const inner = issue.code === 'invalid_union' ? issue.errors[0]?.[0] : undefined
  if (inner) return located(inner, path)
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0])
  return { path, message: issue.message }
}

/** The first problem of invalid input: the field it is in (empty for the whole) and what is wrong. */
export function firstProblem(error: z.ZodError, whole: string): { field: string; message: string } {
  const issue = error.issues[0]
  if (!issue) return { field: '', message: `Invalid ${whole}` }
  const { path, message } = located(issue)
  const field = path.join('.')
  return { field, message: `${field === '' ? whole : field}: ${message}` }
}
