import { decimalCommaNumber } from "@tip/validate";
import { parseScalar, textOf } from "./cell-parse.js";
import { decodePicklist } from "./decode-picklist.js";
import type { HtcdsField } from "./htcds-slots.js";
import { type CodeDecoder, coreDecoder } from "./national-codes.js";
import type { SourceCell } from "./source-table.js";

/** Why a cell (or part of it) could not be read: a stable code and what was expected, never the value. */
export interface CellProblem {
  readonly code:
    | "unknown_code"
    | "invalid_date"
    | "invalid_number"
    | "invalid_boolean"
    | "invalid_format"
    | "cell_error";
  readonly expected: string;
}

/** One cell of an HTCDS field, read. */
export interface CellRead {
  readonly field: HtcdsField;
  /**
   * The cell as text, for `extensions.htcds` when the canonical value cannot hold it exactly; multi-select
   * values joined by `;`; empty for an error cell.
   */
  readonly raw: string;
  /** The values read: codes of a picklist (several for a multi-select), else at most one value. */
  readonly values: readonly unknown[];
  /** The cell held a formula: its cached result was read. */
  readonly formula: boolean;
  /** A date was read from an Excel serial number. */
  readonly serial: boolean;
  /** Spaces and punctuation were taken out of a phone number written for people (`+54 11 5555-0102`). */
  readonly packed?: boolean;
  /** The value holds less than the cell (a date in a year field gives its year): the cell is kept as written. */
  readonly lossy?: string;
  /** What could not be read; when set, the canonical value misses part of the cell. */
  readonly problems: readonly CellProblem[];
}

const PROBLEM_OF_KIND: Readonly<Record<string, CellProblem["code"]>> = {
  date: "invalid_date",
  partialDate: "invalid_date",
  integer: "invalid_number",
  year: "invalid_number",
  number: "invalid_number",
  boolean: "invalid_boolean",
};

/**
 * Reads one cell as the values of its HTCDS field: picklists through the code list (unknown parts are problems),
 * other kinds through the cell parsers, and every value is checked against the canonical field's schema (an
 * e-mail, an E.164 phone number, a latitude) so that nothing invalid enters a record. `decode` reads picklist
 * values (under a profile, national codes too).
 */
export function readCell(
  cell: SourceCell,
  field: HtcdsField,
  separator: ";" | " ",
  date1904: boolean,
  decimalComma = false,
  decode: CodeDecoder = coreDecoder,
): CellRead {
  const { slot } = field;
  const text = textOf(cell.value);
  // Multi-select cells are kept with `;` whatever the source's separator (XLSForm uses spaces).
  const raw = slot.kind === "code" && separator === " " ? text.split(/\s+/).join(";") : text;
  const base = { field, raw, formula: cell.formula === true, serial: false };
  // An error cell (`#N/A`, a formula never calculated) holds nothing to keep: it is reported, not kept.
  if (cell.error) {
    return { ...base, raw: "", values: [], problems: [{ code: "cell_error", expected: slot.fieldId }] };
  }
  if (slot.kind === "party") return { ...base, values: [text], problems: [] };
  if (slot.kind === "code" && slot.codeList) {
    const { codes, unknown } = decodePicklist(slot.codeList, text, separator, decode);
    const problems = unknown.map(() => ({
      code: "unknown_code" as const,
      expected: slot.codeList as string,
    }));
    return { ...base, values: codes, problems };
  }
  const numeric = slot.kind === "integer" || slot.kind === "number" || slot.kind === "year";
  const value =
    decimalComma && numeric && typeof cell.value === "string"
      ? (decimalCommaNumber(cell.value) ?? "")
      : cell.value;
  const parsed = parseScalar(value, slot.kind, date1904);
  if (!parsed.ok) {
    return {
      ...base,
      values: [],
      problems: [{ code: PROBLEM_OF_KIND[slot.kind] ?? "invalid_format", expected: parsed.expected }],
    };
  }
  if (slot.schema.safeParse(parsed.value).success) {
    const lossy = parsed.fromDate ? { lossy: "a date in a year field: its year was kept" } : {};
    return { ...base, values: [parsed.value], serial: parsed.serial === true, ...lossy, problems: [] };
  }
  // `+54 11 5555-0102` is an E.164 number written for people: without the spacing it is one.
  const packed =
    typeof parsed.value === "string" && parsed.value.startsWith("+")
      ? parsed.value.replace(/[\s().-]/g, "")
      : "";
  if (packed !== "" && slot.schema.safeParse(packed).success)
    return { ...base, values: [packed], packed: true, problems: [] };
  const dated = slot.kind === "date" || slot.kind === "partialDate";
  const expected = dated
    ? (parseScalar("", slot.kind, false) as { expected: string }).expected
    : slot.fieldId;
  return { ...base, values: [], problems: [{ code: dated ? "invalid_date" : "invalid_format", expected }] };
}
