import { distance } from "fastest-levenshtein";

/** Keys compared without case, `_`, `-`, `.` or spaces: `Birth_Date` and `birthdate` are the same key. */
function folded(key: string): string {
  return key.toLowerCase().replace(/[\s_.-]/g, "");
}

/** How many edits a key may be from a field name for the field to be suggested: none for very short names. */
function allowedEdits(name: string): number {
  if (name.length >= 6) return 2;
  return name.length >= 3 ? 1 : 0;
}

/**
 * The field name among `names` that an unknown key most likely meant: the one equal to it but for case and
 * separators, else the nearest within two edits (one for names under 6 characters; transposed letters count
 * two). `undefined` when none is close, or when the closest two are equally close. Only a name from `names`
 * is ever returned, so the key itself, which could be anything someone typed, is never shown.
 */
export function suggestField(key: string, names: Iterable<string>): string | undefined {
  // Longer keys are no typo of a field name; comparing them would only cost time.
  if (key.length > 64) return undefined;
  const wanted = folded(key);
  let best: string | undefined;
  let bestEdits = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const name of names) {
    const edits = folded(name) === wanted ? 0 : distance(key, name);
    if (edits > allowedEdits(name)) continue;
    if (edits < bestEdits) {
      best = name;
      bestEdits = edits;
      tied = false;
    } else if (edits === bestEdits) tied = true;
  }
  return tied ? undefined : best;
}
