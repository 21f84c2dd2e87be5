// Request input checked against the protocol's schemas; the first problem becomes a 400 naming its field.
import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from './apiError'

export type InputPart = 'path' | 'query' | 'body'

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

export function validateInput<T>(schema: z.ZodType<T>, input: unknown, part: InputPart): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const { field, message } = firstProblem(result.error, part)
  throw new ApiError('invalid_request', message, field === '' ? undefined : field)
}

const JSON_TYPE = /^application\/json\s*(;|$)/i

/** The body as JSON; the size was already limited before it was read. */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    // Also why a form on another site cannot post here: browsers send application/json only after CORS allows it.
    throw new ApiError('invalid_request', 'Send the body as application/json', 'content-type')
  }
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ApiError('invalid_request', 'The body is not valid JSON')
  }
}
