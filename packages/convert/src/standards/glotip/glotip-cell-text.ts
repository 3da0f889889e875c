/**
 * A field's value as the text of a GLOTIP cell, whatever it is (a record that is not valid may hold anything):
 * text as it is, numbers and booleans as written, nothing as an empty cell, anything else as JSON text — never
 * `[object Object]`, never a failure.
 */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value === undefined || value === null) return "";
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    // A cycle or a getter that throws: the value cannot be written as data.
    return "";
  }
}
