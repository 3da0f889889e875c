import { type Issue, type MessageLocale, shownLength, toPointer } from "@tip/schema";
import { inputIssue } from "../../shared/input-issue.js";
import { findDuplicateKey } from "./duplicate-key.js";
import { countKeyEnds } from "./key-count.js";
import { memberAt } from "./pointer-at.js";
import type { RawText } from "./raw-text.js";

/**
 * The `duplicate_key` issue of a record's text, if a key appears twice in one of its objects. `parsedKeys` is
 * the number of keys the parsed record holds, when known: if the text shows as many keys, there is no
 * duplicate and the byte scan is skipped. The key is never shown (it could be a name typed as a key): the
 * issue points at its object and gives its place there, as written in the text; an object under a key that is
 * not in the model is not shown either, the issue then points at the nearest object that can be.
 */
export function duplicateKeyIssue(
  raw: RawText,
  parsedKeys: number | undefined,
  prefix: string,
  locale: MessageLocale,
): Issue | undefined {
  const bytes = raw.bytes;
  if (bytes === undefined) return undefined;
  if (parsedKeys !== undefined && countKeyEnds(raw.text) === parsedKeys) return undefined;
  const found = findDuplicateKey(bytes, raw.start, raw.end);
  if (found === undefined) return undefined;
  const { segments, positions } = memberAt(bytes, raw.start, found.offset);
  const keep = Math.min(shownLength(segments), segments.length - 1);
  const position = positions[keep];
  const path = prefix + toPointer(segments.slice(0, keep));
  return inputIssue("duplicate_key", path, position === undefined ? {} : { position }, locale);
}
