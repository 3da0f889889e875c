import { CODE_LISTS, type CodeListId, type LocaleBundle, readCountry } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";
import { compact, wordsOf } from "./htcds-names.js";

/** Words that carry no meaning when a label is compared with a value name (`Threats of law enforcement`). */
const FILLER = new Set(["a", "an", "the", "of", "and", "or", "by", "for", "to", "in", "on", "with", "s"]);

function keyWords(text: string): string[] {
  // ISIC value names start with their section letter: `A_AgricultureForestryAndFishing`.
  return wordsOf(text.replace(/^[A-Z]_(?=[A-Z])/, "")).filter((word) => !FILLER.has(word));
}

interface Lookup {
  /** Compact form of every value name, code and English label -> code. */
  readonly exact: ReadonlyMap<string, string>;
  /** Meaningful words (fillers dropped) joined by spaces -> code; `undefined` when two codes share them. */
  readonly words: ReadonlyMap<string, string | undefined>;
  /** Meaningful words of each value name with 3 or more words, for labels that add words at the end. */
  readonly long: readonly { readonly words: readonly string[]; readonly code: string }[];
  /** Code -> the HTCDS value name written for it. */
  readonly encode: ReadonlyMap<string, string>;
  /** Whether the list has HTCDS values at all (the country list has none: its codes are HTCDS's). */
  readonly mapped: boolean;
  /** Values already decoded, by compact form. */
  readonly known: Map<string, string>;
}

const lookups = new Map<CodeListId, Lookup>();

function build(listId: CodeListId): Lookup {
  const list = CODE_LISTS[listId];
  const labels = en.codes[listId] as Readonly<Record<string, { readonly label: string }>>;
  const exact = new Map<string, string>();
  const words = new Map<string, string | undefined>();
  const long: { words: string[]; code: string }[] = [];
  const encode = new Map<string, string>();
  const add = (text: string, code: string, isValueName: boolean) => {
    if (!exact.has(compact(text))) exact.set(compact(text), code);
    const key = keyWords(text);
    const joined = key.join(" ");
    if (words.has(joined) && words.get(joined) !== code) words.set(joined, undefined);
    else words.set(joined, code);
    if (isValueName && key.length >= 3) long.push({ words: key, code });
  };
  const codes = list.codes as readonly string[];
  const mappings = list.mappings as Readonly<Record<string, { readonly htcds?: readonly string[] }>>;
  // HTCDS value names first: they win over a canonical code or label that happens to compact the same way.
  for (const code of codes) {
    const names = mappings[code]?.htcds ?? [];
    for (const name of names) add(name.trim(), code, true);
    if (names[0] !== undefined) encode.set(code, names[0].trim());
  }
  for (const code of codes) {
    add(code, code, false);
    const label = labels[code]?.label;
    if (label === undefined) continue;
    add(label, code, false);
    // `Netherlands (Kingdom of the)` is also `Netherlands`; `Korea (...)` stays ambiguous, so it reads as nothing.
    const short = label.replace(/\s*\([^)]*\)\s*$/, "");
    if (short !== label) {
      const joined = keyWords(short).join(" ");
      words.set(joined, words.has(joined) && words.get(joined) !== code ? undefined : code);
    }
  }
  // The model's Spanish, French and Portuguese labels (the drop-downs of `writeXlsxTemplate`), matched exactly:
  // only a label no other code of the list shares in its language, and never over an HTCDS or English reading.
  for (const bundle of OTHER_LANGUAGES) {
    const texts = bundle.codes[listId] as Readonly<Record<string, { readonly label: string }>>;
    const owners = new Map<string, string | undefined>();
    for (const code of codes) {
      const label = texts[code]?.label;
      if (label === undefined) continue;
      const key = compact(label);
      owners.set(key, owners.has(key) && owners.get(key) !== code ? undefined : code);
    }
    for (const [key, code] of owners)
      if (code !== undefined && key !== "" && !exact.has(key)) exact.set(key, code);
  }
  return { exact, words, long, encode, mapped: encode.size > 0, known: new Map() };
}

/** The languages whose code labels are read besides English. */
const OTHER_LANGUAGES: readonly LocaleBundle[] = [es, fr, pt];

function lookupOf(listId: CodeListId): Lookup {
  let lookup = lookups.get(listId);
  if (lookup === undefined) {
    lookup = build(listId);
    lookups.set(listId, lookup);
  }
  return lookup;
}

/**
 * Reads one HTCDS picklist value as a code of a canonical list, or `undefined` when it is none. Accepts, in
 * order: the HTCDS value name in any case or spacing (`DebtBondage`, `debt bondage`); the canonical code; the
 * label of the official templates and XLSForm (`Threats of law enforcement`, `Forced military (by non-state
 * actors)`), matched on its meaningful words, or by its first words for long ISIC labels; the schema's English
 * label; and its Spanish, French or Portuguese label, exactly (accents, case and punctuation aside). Countries also as alpha-3 or numeric codes, and by former names (`readCountry`: `Turkey`, `Swaziland`).
 */
export function decodeCode(listId: CodeListId, raw: string): string | undefined {
  const lookup = lookupOf(listId);
  const key = compact(raw);
  const known = lookup.known.get(key);
  if (known !== undefined) return known;
  const value = raw.trim();
  if (value === "") return undefined;
  const code = listId === "country" ? readCountry(value) : undefined;
  const exact = code ?? lookup.exact.get(key) ?? lookup.words.get(keyWords(value).join(" "));
  // Only values made of a list value's own words are remembered, never other text from a file.
  if (exact !== undefined) {
    if (lookup.known.size < 10_000) lookup.known.set(key, exact);
    return exact;
  }
  // The long labels are prose; a cell of value names (`A_Agriculture... C_Manufacturing`) is no label.
  if (value.includes("_")) return undefined;
  const words = keyWords(value);
  // Long official labels add words after the value name's (`...waste management and remediation`), a few, or
  // a whole clause after a semicolon (`Activities of households as employers; undifferentiated goods- ...`).
  const head = keyWords(value.split(";")[0] ?? "");
  const starts = lookup.long.filter(
    (entry) =>
      entry.words.every((word, index) => words[index] === word) &&
      (words.length - entry.words.length <= 3 || head.length - entry.words.length <= 1),
  );
  return starts.length === 1 ? starts[0]?.code : undefined;
}

/**
 * The HTCDS value written for a code: its first HTCDS value name; the code itself for lists whose codes are
 * HTCDS's (countries); `undefined` when HTCDS has no value for it (the caller decides, e.g. `Other`).
 */
export function encodeCode(listId: CodeListId, code: string): string | undefined {
  const lookup = lookupOf(listId);
  if (!lookup.mapped) return CODE_LISTS[listId].has(code) ? code : undefined;
  return lookup.encode.get(code);
}

/** The HTCDS value `Other` when the list maps a code to it, for codes HTCDS has no value of its own for. */
export function otherValue(listId: CodeListId): string | undefined {
  const lookup = lookupOf(listId);
  const code = lookup.exact.get("other");
  return code !== undefined && lookup.encode.get(code) === "Other" ? "Other" : undefined;
}
