// What a schema makes of values: which it takes, which it refuses, and why. A failing check lists the values.
import type { z } from 'zod'

export const accepts = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success

/** The values the schema refuses: `[]` when it takes them all. */
export const refusedAmong = <T>(schema: z.ZodType, values: readonly T[]): T[] =>
  values.filter((value) => !accepts(schema, value))

/** The values the schema takes: `[]` when it refuses them all. */
export const acceptedAmong = <T>(schema: z.ZodType, values: readonly T[]): T[] =>
  values.filter((value) => accepts(schema, value))

/** The first problem the schema finds with the value, as the API would report it. */
export const problemWith = (schema: z.ZodType, value: unknown): string | undefined =>
  schema.safeParse(value).error?.issues[0]?.message
