import { CTDC_FIELDS, type CtdcField } from "./ctdc-fields.js";
import { ctdcValueLookup } from "./ctdc-value-lookup.js";

/**
 * How one CTDC column feeds a canonical field:
 * - `flag`: a 0/1 column standing for one or more codes (`meansOfControlThreats`, or the 2024 merged
 *   `meansThreats`: several codes, so reading it back cannot say which one applied);
 * - `boolean` / `number`: a 0/1 or numeric column for a boolean or numeric field;
 * - `value`: a column whose values are codes (`gender`, `ageBroad`, `citizenship`);
 * - `unread`: a column the metadata lists for the field but that no code stands for (the `…Concatenated`
 *   summaries, `…NotSpecified`, `isSexAndLabour`, `RecruiterRelationship`): kept under `extensions.ctdc`.
 */
export type CtdcColumnRule =
  | { readonly kind: "flag"; readonly field: CtdcField; readonly codes: readonly string[] }
  | { readonly kind: "boolean"; readonly field: CtdcField }
  | { readonly kind: "number"; readonly field: CtdcField }
  | {
      readonly kind: "value";
      readonly field: CtdcField;
      readonly lookup: (value: string) => readonly string[] | undefined;
    }
  | { readonly kind: "unread"; readonly field: CtdcField; readonly note: string };

function codesOfColumn(field: CtdcField, column: string): string[] {
  const list = field.codeList;
  if (!list) return [];
  return list.codes.filter((code) => list.mappings[code]?.ctdc?.includes(column));
}

function rulesOf(field: CtdcField): [string, CtdcColumnRule][] {
  const { node } = field;
  if (node.type === "boolean") return field.columns.map((column) => [column, { kind: "boolean", field }]);
  if (node.type === "number") return field.columns.map((column) => [column, { kind: "number", field }]);
  const flags = field.columns.map((column) => [column, codesOfColumn(field, column)] as const);
  const isFlagField = flags.some(([, codes]) => codes.length > 0);
  if (!isFlagField && field.codeList) {
    const lookup = ctdcValueLookup(field.codeList);
    return field.columns.map((column) => [column, { kind: "value", field, lookup }]);
  }
  return flags.map(([column, codes]): [string, CtdcColumnRule] => {
    if (codes.length > 0) return [column, { kind: "flag", field, codes }];
    const note = column.endsWith("Concatenated")
      ? "summary of the individual columns: kept in extensions.ctdc"
      : "no canonical code stands for this column: kept in extensions.ctdc";
    return [column, { kind: "unread", field, note }];
  });
}

/**
 * Every CTDC column the model knows (both generations), with the rules that read it, derived from the
 * `mappings.ctdc` of the victim fields and of their code lists. A column may feed several fields.
 */
export const CTDC_COLUMNS: ReadonlyMap<string, readonly CtdcColumnRule[]> = (() => {
  const columns = new Map<string, CtdcColumnRule[]>();
  for (const field of CTDC_FIELDS) {
    for (const [column, rule] of rulesOf(field)) {
      const rules = columns.get(column) ?? [];
      rules.push(rule);
      columns.set(column, rules);
    }
  }
  return columns;
})();
