import type { Severity } from "./issue.js";

/**
 * Issue codes about the input as a whole rather than one record's fields: unreadable text, files in another
 * format, CSV headers, and checks across records (duplicate ids, references to records that are not there).
 * Emitted by `@tip/validate`; stable, like every issue code.
 */
export const INPUT_CODES = {
  /** The input holds no record at all. */
  empty_input: { severity: "error" },
  /** A line or document that is not JSON. */
  invalid_json: { severity: "error" },
  /** Bytes that are not UTF-8. */
  invalid_utf8: { severity: "error" },
  /** Bytes that are not text in the encoding given or announced by a byte order mark; reading stops there. */
  invalid_encoding: { severity: "error" },
  /** A NUL byte: binary data or a UTF-16 file. */
  nul_byte: { severity: "error" },
  /** An NDJSON line over the size limit; skipped without being read into memory. */
  line_too_long: { severity: "error" },
  /** A JSON record or CSV row over the size limit; skipped. */
  record_too_large: { severity: "error" },
  /** The input ends in the middle of a record. */
  truncated_input: { severity: "error" },
  /** Objects or arrays nested deeper than the limit (a cycle too); the record is not checked. */
  nesting_too_deep: { severity: "error" },
  /**
   * A value handed to the library that is not data: a getter or proxy that throws, a revoked proxy, a function,
   * a symbol or a BigInt. The record is not checked.
   */
  unreadable_value: { severity: "error" },
  /** A value holding more values in all than the limit (e.g. a sparse array of length 1e8); not checked. */
  value_too_large: { severity: "error" },
  /** The same key twice in one JSON object: parsers disagree on which value wins. */
  duplicate_key: { severity: "error" },
  /** The input is not in the format it was declared to be in (reported once, not once per line). */
  not_declared_format: { severity: "error" },
  /** A CSV header lacks the column of a required field. */
  csv_missing_column: { severity: "error" },
  /** A CSV header has a column that is no field of the record type. */
  csv_extra_column: { severity: "error" },
  /** A CSV header names the same column twice. */
  csv_duplicate_column: { severity: "error" },
  /** A CSV row with more or fewer cells than the header. */
  csv_row_length: { severity: "error" },
  /** A CSV row that cannot be read, e.g. an unclosed quote. */
  csv_malformed: { severity: "error" },
  /** Two records with the same id. */
  duplicate_id: { severity: "error" },
  /** A reference to a record that is not in the input although records of that type are. */
  dangling_reference: { severity: "error" },
  /** A victim's referrals go round in a circle (A to B, then B back to A). */
  referral_chain_cycle: { severity: "warning" },
  /** The bundle header names an agency whose country differs from the header's. */
  bundle_header_mismatch: { severity: "error" },
} as const satisfies Record<string, { severity: Severity }>;

/** An input-level issue code. */
export type InputCode = keyof typeof INPUT_CODES;
