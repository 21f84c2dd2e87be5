// Request input checked against the protocol's schemas; the first problem becomes a 400 naming its field.
import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from '../errors/apiError'
import { firstProblem } from '../errors/inputProblem'

export type InputPart = 'path' | 'query' | 'body'

export function validateInput<T>(schema: z.ZodType<T>, input: unknown, part: InputPart): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const { field, message } = firstProblem(result.error, part)
  throw new ApiError('invalid_request', message, field === '' ? undefined : field)
}

const JSON_TYPE = /^application\/json\s*(;|$)/i

/** The body as JSON; the size was already limited before it was read. */
export async function readJsonBody(c: Context, type = JSON_TYPE, typeName = 'application/json'): Promise<unknown> {
  if (!type.test(c.req.header('content-type') ?? '')) {
    // Also why a form on another site cannot post here: browsers send application/json only after CORS allows it.
    throw new ApiError('invalid_request', `Send the body as ${typeName}`, 'content-type')
  }
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ApiError('invalid_request', 'The body is not valid JSON')
  }
}
