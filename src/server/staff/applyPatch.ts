// A partial update as the staff endpoints read it: a field left out (undefined) keeps its value; null clears it.

export function applyPatch<T extends object>(base: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const result = { ...base }
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key]
    if (value !== undefined) result[key] = value
  }
  return result
}
