import type { ConvertCliMessages } from "./convert-cli-messages.js";

/** English texts of `tip convert`. */
export const convertCliMessagesEn = {
  help: {
    description: "Convert HTCDS, CTDC, flat CSV, GLOTIP or canonical NDJSON through the canonical model",
    input: "file to convert; - (or a pipe) reads standard input, its format detected unless --from is given",
    from: "input format: {formats} (default: detected)",
    to: "output format: {formats}",
    entity: "record type of flat CSV rows: {entities} (default: detected, else victim)",
    output:
      "output file, .xlsx for the HTCDS template or a GLOTIP workbook (default or -: standard output). With --to csv, records of other types than --entity go to files beside it, named by type: out.csv -> out.case.csv",
    report: "write the conversion report (JSON, no personal values) to this file",
    lang: "language of the summary and errors: en, es, fr or pt (default: from LANG, else en)",
    after:
      "Every record read is written or counted as skipped with its reason (exit 1): CTDC holds victims only; HTCDS holds victims with their case, agency, perpetrator and referrals; flat CSV on standard output holds one record type.",
  },
  headline:
    "tip convert {from} -> {to}: {rows} rows: {converted} converted, {invalid} invalid, {skipped} skipped, {unread} values not read, {lossy} lossy fields",
  formats: {
    htcds: "HTCDS",
    ctdc: "CTDC",
    csv: "flat CSV",
    tip: "canonical NDJSON",
    glotip: "GLOTIP",
  },
  standardInput: "standard input",
  toRequired: "option --to <format> is required ({formats})",
  unknownFormat: "cannot tell the format of “{file}”: give --from",
  line: "line {n}",
  inputErrors: {
    empty_input: "“{file}” holds no row at all{place}; nothing was converted",
    missing_header_row:
      "“{file}” has no header row: no row names the {format} columns{place}; nothing was converted",
    duplicate_column: "the header of “{file}” names a column twice{place}; nothing was converted",
    csv_malformed: "the header of “{file}” cannot be read as CSV{place}; nothing was converted",
    invalid_json:
      "“{file}” is not an XLSForm export in JSON (an array of submissions){place}; nothing was converted",
    other: "“{file}” cannot be converted ({code}){place}; nothing was converted",
  },
} as const satisfies ConvertCliMessages;
