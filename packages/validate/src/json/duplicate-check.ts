import type { Issue, LocaleBundle } from "@tip/schema";
import { inputIssue, safeName } from "../record/input-issue.js";
import { findDuplicateKey } from "./duplicate-key.js";
import { countKeyEnds } from "./key-count.js";
import { pointerAt } from "./pointer-at.js";
import type { RawText } from "./raw-text.js";

/**
 * The `duplicate_key` issue of a record's text, if a key appears twice in one of its objects. `parsedKeys` is
 * the number of keys the parsed record holds, when known: if the text shows as many keys, there is no
 * duplicate and the byte scan is skipped.
 */
export function duplicateKeyIssue(
  raw: RawText,
  parsedKeys: number | undefined,
  prefix: string,
  locale: LocaleBundle,
): Issue | undefined {
  const bytes = raw.bytes;
  if (bytes === undefined) return undefined;
  if (parsedKeys !== undefined && countKeyEnds(raw.text) === parsedKeys) return undefined;
  const found = findDuplicateKey(bytes, raw.start, raw.end);
  if (found === undefined) return undefined;
  const path = prefix + pointerAt(bytes, raw.start, found.offset);
  return inputIssue("duplicate_key", path, { key: safeName(found.key) }, locale);
}
