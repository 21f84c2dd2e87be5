// The text of a CSV file a planner picked: UTF-8 as Excel's "CSV UTF-8" saves it, else Windows-1252, which
// Norwegian Excel's plain "CSV" writes (æ, ø and å are single bytes there, invalid as UTF-8).
export async function csvFileText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer()
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
