// Request input checked against the protocol's schemas; the first problem becomes a 400 naming its field.
import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from './apiError'

export type InputPart = 'path' | 'query' | 'body'

function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0])
  return path.join('.')
}

export function validateInput<T>(schema: z.ZodType<T>, input: unknown, part: InputPart): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  if (!issue) throw new ApiError('invalid_request', `Invalid ${part}`)
  const field = fieldOf(issue)
  if (field === '') throw new ApiError('invalid_request', `${part}: ${issue.message}`)
  throw new ApiError('invalid_request', `${field}: ${issue.message}`, field)
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
