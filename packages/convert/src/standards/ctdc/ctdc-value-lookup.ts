import { type CodeList, parseAgeBand, readCountry } from "@tip/schema";
import { isCtdcMissing } from "./ctdc-missing.js";

const DASHES = /\s*(?:--|–|—|-)\s*/gu;

/**
 * Reads a CTDC value as codes of a list: first through the list's own `ctdc` mappings (`Woman`, `0--8`,
 * `00`), then as the code itself in any letter case, then, by list: countries as alpha-2, alpha-3 or by name, former names too (`readCountry`;
 * `NA` is Namibia), age bands in either dash style (`parseAgeBand`), other bands with any dash. Several codes
 * come back when CTDC merges them into one value (`Trans/Transgender/NonConforming`).
 */
export function ctdcValueLookup(list: CodeList): (value: string) => readonly string[] | undefined {
  const exact = new Map<string, string[]>();
  const folded = new Map<string, string[]>();
  for (const code of list.codes) {
    for (const value of list.mappings[code]?.ctdc ?? []) {
      // `-99` is CTDC's missing marker, whatever a list maps it to: it never reaches the lookup.
      if (isCtdcMissing(value)) continue;
      for (const [map, key] of [
        [exact, value],
        [folded, value.toLowerCase()],
      ] as const) {
        const codes = map.get(key) ?? [];
        if (!codes.includes(code)) codes.push(code);
        map.set(key, codes);
      }
    }
  }
  const byCode = new Map(list.codes.map((code) => [code.toLowerCase(), code]));
  const read = (value: string): readonly string[] | undefined => {
    const trimmed = value.trim();
    const mapped = exact.get(trimmed) ?? folded.get(trimmed.toLowerCase());
    if (mapped) return mapped;
    const code = byCode.get(trimmed.toLowerCase()) ?? byCode.get(trimmed.replace(DASHES, "-").toLowerCase());
    if (code !== undefined) return [code];
    if (list.id === "country") {
      const alpha2 = readCountry(trimmed);
      return alpha2 === undefined ? undefined : [alpha2];
    }
    if (list.id === "age_band") {
      const band = parseAgeBand(trimmed);
      return band === undefined ? undefined : [band];
    }
    return undefined;
  };
  // A column holds few distinct values: remember them (up to a bound, so memory stays flat).
  const memo = new Map<string, readonly string[] | undefined>();
  return (value) => {
    if (memo.has(value)) return memo.get(value);
    const codes = read(value);
    if (memo.size < MEMO_LIMIT) memo.set(value, codes);
    return codes;
  };
}

const MEMO_LIMIT = 4096;
