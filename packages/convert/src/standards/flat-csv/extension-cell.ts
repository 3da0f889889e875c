function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The cell of one `extensions.<namespace>.<key>` value. Text is written as it is, unless it would read back as
 * something else (`123`, `true`, `""`, `{...}`): then, like any non-text value, it is written as JSON.
 */
export function encodeExtension(value: unknown): string {
  if (typeof value === "string") return value === "" || parsesAsJson(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? "";
}

/** Reads a cell written by `encodeExtension`: JSON when it parses, else the text itself. */
export function decodeExtension(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell;
  }
}
