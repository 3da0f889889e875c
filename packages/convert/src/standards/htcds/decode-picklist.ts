import type { CodeListId } from "@tip/schema";
import { type CodeDecoder, coreDecoder } from "./national-codes.js";

/** The codes read from one picklist cell, and the parts that are no value of the list (kept, reported). */
export interface DecodedPicklist {
  readonly codes: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * Reads a picklist cell: one value, or several joined by `;` (templates, CSV) or spaces (XLSForm
 * select_multiple). Some official labels contain `;` themselves (`Water supply; sewerage, waste management and
 * remediation`): when not every part is a value, the whole cell is tried, then a part that is no value is
 * joined with the parts after it when together they form one. Duplicates are dropped; order is kept. `decode`
 * reads one value (a profile's decoder also knows its national codes).
 */
export function decodePicklist(
  listId: CodeListId,
  text: string,
  separator: ";" | " ",
  decode: CodeDecoder = coreDecoder,
): DecodedPicklist {
  const decodeCode = (raw: string) => decode(listId, raw);
  const parts = (separator === " " ? text.split(/\s+/) : text.split(";"))
    .map((part) => part.trim())
    .filter(Boolean);
  const each = parts.map((part) => decodeCode(part));
  if (parts.length > 1 && each.every((code) => code !== undefined))
    return { codes: [...new Set(each)] as string[], unknown: [] };
  const whole = decodeCode(text);
  if (whole !== undefined) return { codes: [whole], unknown: [] };
  const codes: string[] = [];
  const unknown: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (let start = 0; start < parts.length; start++) {
    const part = parts[start] as string;
    if (part === "") continue;
    const code = decodeCode(part);
    if (code !== undefined) {
      add(code);
      continue;
    }
    // A label with the separator inside it: join the next parts until they read as one value.
    let end = start + 1;
    let joined: string | undefined;
    for (; end < parts.length && joined === undefined; end++) {
      joined = decodeCode(parts.slice(start, end + 1).join(separator === " " ? " " : "; "));
    }
    if (joined === undefined) unknown.push(part);
    else {
      add(joined);
      start = end - 1;
    }
  }
  return { codes, unknown };
}
