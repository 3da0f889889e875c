import type { CodeListId, Profile } from "@tip/schema";
import { decodeCode } from "./htcds-codes.js";
import { compact } from "./htcds-names.js";

/** Reads one picklist value as a code of a list: `undefined` when it is none. */
export type CodeDecoder = (listId: CodeListId, raw: string) => string | undefined;

/** The core decoder: HTCDS value names, the model's codes and labels (`decodeCode`). */
export const coreDecoder: CodeDecoder = decodeCode;

/**
 * A decoder that also knows the national codes a profile adds to core lists, by code or by label in any of the
 * profile's languages (a filled template writes labels). A national code is tried before the core list, so a
 * national label is never read as a core code; templates offer a code instead of a label wherever a label
 * would read back as another code (`dropDownEntries`).
 */
export function profileDecoder(profile: Profile | undefined): CodeDecoder {
  if (profile === undefined) return coreDecoder;
  const lists = new Map<string, Map<string, string>>();
  for (const [listId, change] of Object.entries(profile.codeLists)) {
    const keys = new Map<string, string>();
    for (const [code, national] of Object.entries(change.national)) {
      keys.set(compact(code), code);
      for (const label of Object.values(national.labels)) {
        const key = compact(label);
        // A label two national codes share names neither.
        keys.set(key, keys.has(key) && keys.get(key) !== code ? "" : code);
      }
    }
    if (keys.size > 0) lists.set(listId, keys);
  }
  if (lists.size === 0) return coreDecoder;
  return (listId, raw) => {
    const national = lists.get(listId)?.get(compact(raw));
    if (national === "") return undefined;
    return national ?? decodeCode(listId, raw);
  };
}
