import { alpha3Of, type CountryCode, CTDC_2024_MEANS_GROUPS } from "@tip/schema";
import { CTDC_2024_COLUMNS, type Ctdc2024Column } from "./ctdc-2024-columns.js";
import { CTDC_COLUMNS, type CtdcColumnRule } from "./ctdc-columns.js";
import type { CtdcField } from "./ctdc-fields.js";
import { isCtdcMissing } from "./ctdc-missing.js";

/** How a cell of the 2024 shape is written from one canonical field. */
export type Ctdc2024Source =
  | { readonly kind: "flag"; readonly field: CtdcField; readonly codes: ReadonlySet<string> }
  | { readonly kind: "number"; readonly field: CtdcField }
  | {
      readonly kind: "value";
      readonly field: CtdcField;
      /** The 2024 value of a code, or `undefined` when the shape has none (written empty). */
      readonly valueOf: (code: string) => string | undefined;
      /** Whether a kept CTDC value (`extensions.ctdc`) is one this column can hold. */
      readonly accepts: (value: string) => boolean;
    };

/** A column of the 2024 shape and the fields it is written from, tried in order until one has a value. */
export interface Ctdc2024Writer {
  readonly column: Ctdc2024Column;
  readonly sources: readonly Ctdc2024Source[];
}

/**
 * The 2024 value of a code: alpha-3 for countries (none for `XX`), else the code's last `ctdc` mapping (the
 * lists give the older spelling first: `0--8`, then the 2024 `0–8`), never the missing marker `-99`.
 */
function valueWriter(field: CtdcField): (code: string) => string | undefined {
  const list = field.codeList;
  if (list?.id === "country") return (code) => alpha3Of(code as CountryCode);
  return (code) =>
    list?.mappings[code]?.ctdc?.filter((value) => !isCtdcMissing(value) && !CTDC_COLUMNS.has(value)).at(-1);
}

function sourceOf(column: Ctdc2024Column, rule: CtdcColumnRule): Ctdc2024Source | undefined {
  const { field } = rule;
  switch (rule.kind) {
    case "flag":
      // The merged means columns come from the schema's own table, exact in this direction.
      return { kind: "flag", field, codes: new Set(CTDC_2024_MEANS_GROUPS[column] ?? rule.codes) };
    case "number":
      return { kind: "number", field };
    case "value":
      return {
        kind: "value",
        field,
        valueOf: valueWriter(field),
        accepts: (value) => rule.lookup(value) !== undefined,
      };
    default:
      return undefined;
  }
}

function writerOf(column: Ctdc2024Column): Ctdc2024Writer {
  const rules = CTDC_COLUMNS.get(column) ?? [];
  // When a column feeds several fields, the one named like it writes first (`gender` from `victim.gender`).
  const named = (rule: CtdcColumnRule) => rule.field.segments.at(-1)?.toLowerCase() === column.toLowerCase();
  const ordered = [...rules.filter(named), ...rules.filter((rule) => !named(rule))];
  const sources = ordered.map((rule) => sourceOf(column, rule)).filter((source) => source !== undefined);
  if (sources.length === 0) throw new Error(`CTDC 2024 column ${column} cannot be written from the model`);
  return { column, sources };
}

/** The writer of each 2024 column, in codebook order. */
export const CTDC_2024_WRITERS: readonly Ctdc2024Writer[] = CTDC_2024_COLUMNS.map(writerOf);

/**
 * For each coded field written through 2024 flag columns, the codes no 2024 column stands for (dropped on
 * write), e.g. `exploitation.forms` -> forced_marriage, organ_removal...
 */
export const CTDC_2024_DROPPED_CODES: ReadonlyMap<CtdcField, ReadonlySet<string>> = (() => {
  const covered = new Map<CtdcField, Set<string>>();
  for (const { sources } of CTDC_2024_WRITERS) {
    for (const source of sources) {
      if (source.kind !== "flag") continue;
      const codes = covered.get(source.field) ?? new Set<string>();
      for (const code of source.codes) codes.add(code);
      covered.set(source.field, codes);
    }
  }
  const dropped = new Map<CtdcField, Set<string>>();
  for (const [field, codes] of covered) {
    const missing = field.codeList?.codes.filter((code) => !codes.has(code)) ?? [];
    if (missing.length > 0) dropped.set(field, new Set(missing));
  }
  return dropped;
})();
