import { SITE_GENERATOR } from "@tip/site";
import {
  ACCENTED,
  CANARY,
  CONSENTED_AGENCY,
  controlCharsVictim,
  csvOf,
  ctdcRows,
  deepVictim,
  duplicateColumn,
  duplicateKeyVictim,
  flatCsvRows,
  glotipRows,
  hostileKeysVictim,
  htcdsRows,
  invalidUtf8,
  mixedEndings,
  mixedRecords,
  prototypeKeysVictim,
  raggedRows,
  toBundleJson,
  toNdjson,
  trailingEmptyRows,
  utf8Bom,
  utf16be,
  utf16le,
  validRecords,
  windows1252,
  withCanaryColumn,
  withCanaryNamespace,
  withEndings,
  withHostileHeader,
  withNul,
  withStrayQuote,
  withUnnamedColumn,
  withValueBeyondHeader,
  xlsformCsvRows,
  xlsformSubmissions,
  xlsxBomb,
  xlsxOf,
  xlsxWithFarCell,
} from "../testing/hostile-inputs.js";
import { EXCHANGE_CASES } from "./exchange-cases.js";
import type { ExpectedCounts, ExpectedExit, HazardFamily, HostileCase, HostileRun } from "./hostile-case.js";
import { PROFILE_CASES } from "./profile-cases.js";

// The hostile-input matrix: every command that reads case data, against every family of hazard. Each row is
// run by hostile-matrix.test.ts and listed in docs/reliability.md (generated from this table).

type Files = () => Readonly<Record<string, string | Uint8Array>>;

interface CaseSpec {
  readonly family: HazardFamily;
  readonly hazard: string;
  readonly files: Files;
  readonly exit: ExpectedExit;
  readonly outcome: string;
  readonly counts?: ExpectedCounts;
  readonly keeps?: string;
  readonly reason?: string;
  readonly extraArgs?: readonly string[];
  readonly args?: readonly string[];
  readonly run?: HostileRun;
}

/** A pseudonym key for `anonymize` (32 bytes as hex). */
const KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n";

// --- validate ---------------------------------------------------------------------------------------------

function validate(input: string, file: string, { keeps: _, ...spec }: CaseSpec): HostileCase {
  return {
    command: "validate",
    input,
    ...spec,
    args: spec.args ?? ["validate", file, "--format", "json", "--workers", "0", ...(spec.extraArgs ?? [])],
  };
}

const ndjsonText = () => toNdjson(validRecords());
const bundleText = () => toBundleJson(validRecords());
const flatCsvText = () => csvOf(flatCsvRows());

/** The encoding hazards of a text input whose records are all valid, as `validate` meets them. */
function validateEncodings(input: string, file: string, text: () => string, records: number): HostileCase[] {
  return [
    validate(input, file, {
      family: "encodings",
      hazard: "UTF-8 with a byte order mark",
      files: () => ({ [file]: utf8Bom(text()) }),
      exit: 0,
      outcome: "read as UTF-8; all valid",
      counts: { records },
    }),
    validate(input, file, {
      family: "encodings",
      hazard: "UTF-16 LE with a byte order mark",
      files: () => ({ [file]: utf16le(text()) }),
      exit: 0,
      outcome: "decoded; all valid",
      counts: { records },
    }),
    validate(input, file, {
      family: "encodings",
      hazard: "UTF-16 BE with a byte order mark",
      files: () => ({ [file]: utf16be(text()) }),
      exit: 0,
      outcome: "decoded; all valid",
      counts: { records },
    }),
    validate(input, file, {
      family: "encodings",
      hazard: "windows-1252, no --encoding",
      files: () => ({ [file]: windows1252(text()) }),
      exit: 1,
      outcome: "not UTF-8: refused with invalid_utf8 at its place, never replaced",
    }),
    validate(input, file, {
      family: "encodings",
      hazard: "invalid UTF-8 byte",
      files: () => ({ [file]: invalidUtf8(text()) }),
      exit: 1,
      outcome: "refused with invalid_utf8 at its place",
    }),
    validate(input, file, {
      family: "encodings",
      hazard: "NUL byte in a value",
      files: () => ({ [file]: withNul(text()) }),
      exit: 1,
      outcome: "refused at its place",
    }),
  ];
}

const VALIDATE_CASES: HostileCase[] = [
  ...validateEncodings("ndjson", "in.ndjson", ndjsonText, 2),
  ...validateEncodings("JSON bundle", "in.json", bundleText, 2),
  ...validateEncodings("flat CSV", "in.csv", flatCsvText, 2),
  // Dialects
  validate("ndjson", "in.ndjson", {
    family: "dialects",
    hazard: "CRLF line endings",
    files: () => ({ "in.ndjson": withEndings(toNdjson(mixedRecords()), "\r\n") }),
    exit: 1,
    outcome: "every record counted; the invalid one reported",
    counts: { records: 3 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "dialects",
    hazard: "CR-only line endings",
    files: () => ({ "in.ndjson": withEndings(toNdjson(mixedRecords()), "\r") }),
    exit: 1,
    outcome: "NDJSON lines end in LF: one line, reported as not JSON at its column",
    counts: { records: 1 },
  }),
  ...(
    [
      ["CRLF line endings", (t: string) => withEndings(t, "\r\n")],
      ["CR-only line endings", (t: string) => withEndings(t, "\r")],
      ["mixed line endings", mixedEndings],
      ["trailing empty rows (,,,,)", (t: string) => trailingEmptyRows(t, 6)],
    ] as const
  ).map(([hazard, transform]) =>
    validate("flat CSV", "in.csv", {
      family: "dialects",
      hazard,
      files: () => ({ "in.csv": transform(flatCsvText()) }),
      exit: 0,
      outcome: "every row counted once; all valid",
      counts: { records: 2 },
    }),
  ),
  validate("flat CSV", "in.csv", {
    family: "dialects",
    hazard: "semicolon delimiter",
    files: () => ({ "in.csv": csvOf(flatCsvRows(), ";") }),
    exit: 0,
    outcome: "delimiter detected; all valid",
    counts: { records: 2 },
  }),
  validate("flat CSV", "in.csv", {
    family: "dialects",
    hazard: 'quote inside an unquoted cell (Jo"sé)',
    files: () => ({ "in.csv": withStrayQuote(flatCsvRows(), 2, "inside") }),
    exit: 0,
    outcome: "the quote is text, as spreadsheets read it; all valid",
    counts: { records: 2 },
  }),
  ...(["after quoted", "unclosed"] as const).map((where) =>
    validate("flat CSV", "in.csv", {
      family: "dialects",
      hazard: where === "unclosed" ? "quote never closed" : "text after a closing quote",
      files: () => ({ "in.csv": withStrayQuote(flatCsvRows(), 2, where) }),
      exit: 1,
      outcome: "the row is reported at its line; the rows after it are checked",
      counts: { records: 2 },
    }),
  ),
  // Row shape
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "ragged rows (a cell short, a cell over)",
    files: () => ({ "in.csv": raggedRows(flatCsvRows()) }),
    exit: 1,
    outcome: "both rows reported at their lines",
    counts: { records: 2 },
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "header only",
    files: () => ({ "in.csv": csvOf(flatCsvRows().slice(0, 1)) }),
    exit: 1,
    outcome: "no records: reported as empty_input; nothing invented",
    counts: { records: 0 },
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "empty file",
    files: () => ({ "in.csv": "" }),
    exit: 1,
    outcome: "reported as having no header",
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "header name is the canary",
    files: () => ({ "in.csv": csvOf(withCanaryColumn(flatCsvRows())) }),
    exit: 1,
    outcome: "unknown column reported by its number, never its name",
    counts: { records: 2 },
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "header with the canary, an ANSI escape and a line break",
    files: () => ({ "in.csv": csvOf(withHostileHeader(flatCsvRows())) }),
    exit: 1,
    outcome: "unknown column reported by its number; nothing of its header printed",
    counts: { records: 2 },
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "extension namespace named by the canary",
    files: () => ({ "in.csv": csvOf(withCanaryNamespace(flatCsvRows())) }),
    exit: 1,
    outcome: "a namespace the model refuses: unknown column, reported by its number",
    counts: { records: 2 },
  }),
  validate("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "duplicate column",
    files: () => ({ "in.csv": duplicateColumn(flatCsvRows()) }),
    exit: 1,
    outcome: "reported; no value silently overwritten",
  }),
  validate("ndjson", "in.ndjson", {
    family: "row shape",
    hazard: "empty file",
    files: () => ({ "in.ndjson": "" }),
    exit: 1,
    outcome: "no records: reported as empty_input",
    counts: { records: 0 },
  }),
  // JSON hazards
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "__proto__, constructor, prototype at every depth",
    files: () => ({ "in.ndjson": `${prototypeKeysVictim(1)}\n${toNdjson(validRecords())}` }),
    exit: 1,
    outcome: "the record is invalid; Object.prototype untouched",
    counts: { records: 3 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "unknown keys: the canary, ANSI escapes, a line break, a 10,000-character key",
    files: () => ({ "in.ndjson": `${hostileKeysVictim(1)}\n${toNdjson(validRecords())}` }),
    exit: 1,
    outcome: "unknown_field at the record, each key by its number; no key printed",
    counts: { records: 3 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "10,000-deep nesting",
    files: () => ({ "in.ndjson": `${deepVictim(1, 10_000)}\n${toNdjson(validRecords())}` }),
    exit: 1,
    outcome: "one record reported; the others checked",
    counts: { records: 3 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "duplicate key",
    files: () => ({ "in.ndjson": `${duplicateKeyVictim(1)}\n` }),
    exit: 1,
    outcome: "reported as duplicate_key at its object, the key by its number",
    counts: { records: 1 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "truncated last line",
    files: () => ({ "in.ndjson": toNdjson(validRecords()).slice(0, -40) }),
    exit: 1,
    outcome: "the cut record is skipped with its line",
    counts: { records: 2 },
  }),
  validate("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "lines that are not JSON",
    files: () => ({ "in.ndjson": `${toNdjson(validRecords())}not json ${CANARY}\n{"a":\n` }),
    exit: 1,
    outcome: "each skipped with its line; its text never printed",
    counts: { records: 4 },
  }),
  validate("JSON bundle", "in.json", {
    family: "JSON",
    hazard: "truncated document",
    files: () => ({ "in.json": toBundleJson(validRecords()).slice(0, -30) }),
    exit: 1,
    outcome: "reported as cut short",
  }),
  validate("JSON bundle", "in.json", {
    family: "JSON",
    hazard: "unknown keys: the canary, ANSI escapes, a line break, a 10,000-character key",
    files: () => ({
      "in.json": toBundleJson(validRecords()).replace('"records":[', `"records":[${hostileKeysVictim(1)},`),
    }),
    exit: 1,
    outcome: "unknown_field at the record in the bundle, each key by its number; no key printed",
    counts: { records: 3 },
  }),
  validate("JSON bundle", "in.json", {
    family: "JSON",
    hazard: "__proto__, constructor, prototype at every depth",
    files: () => ({
      "in.json": toBundleJson([]).replace('"records":[]', `"records":[${prototypeKeysVictim(1)}]`),
    }),
    exit: 1,
    outcome: "the record is invalid; Object.prototype untouched",
    counts: { records: 1 },
  }),
];

// --- convert ----------------------------------------------------------------------------------------------

function convert(input: string, file: string, spec: CaseSpec): HostileCase {
  return {
    command: "convert",
    input,
    dataOutputs: ["out.ndjson"],
    ...spec,
    keeps: spec.keeps === undefined ? undefined : { file: "out.ndjson", text: spec.keeps },
    args: spec.args ?? [
      "convert",
      file,
      "--to",
      "tip",
      "-o",
      "out.ndjson",
      "--report",
      "report.json",
      ...(spec.extraArgs ?? []),
    ],
  };
}

const NAME = `"givenName":"${ACCENTED.given}","familyName":"${ACCENTED.family}"`;
const HTCDS_NAME = `"givenName":"${ACCENTED.given}","familyName":"${ACCENTED.family}"`;

interface ConvertInput {
  readonly input: string;
  readonly file: string;
  readonly text: () => string;
  /** Records written from the valid input, and its rows (for CSV). */
  readonly counts: ExpectedCounts;
  /** Text of the valid input's output that proves decoding was right. */
  readonly keeps?: string;
  readonly letter?: string;
}

const CONVERT_TEXT_INPUTS: readonly ConvertInput[] = [
  { input: "ndjson", file: "in.ndjson", text: ndjsonText, counts: { records: 2 }, keeps: NAME },
  { input: "flat CSV", file: "in.csv", text: flatCsvText, counts: { rows: 2, records: 2 }, keeps: NAME },
  {
    input: "HTCDS CSV",
    file: "in.csv",
    text: () => csvOf(htcdsRows()),
    counts: { rows: 2, records: 4 },
    keeps: HTCDS_NAME,
  },
  {
    input: "CTDC CSV",
    file: "in.csv",
    text: () => csvOf(ctdcRows()),
    counts: { rows: 2, records: 2 },
    keeps: '"ageBand"',
    letter: "–",
  },
];

function convertEncodings(source: ConvertInput): HostileCase[] {
  const { input, file, text, counts, keeps, letter } = source;
  return [
    convert(input, file, {
      family: "encodings",
      hazard: "UTF-8 with a byte order mark",
      files: () => ({ [file]: utf8Bom(text()) }),
      exit: 0,
      outcome: "read as UTF-8; every record written",
      counts,
      keeps,
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "UTF-16 LE with a byte order mark",
      files: () => ({ [file]: utf16le(text()) }),
      exit: 0,
      outcome: "decoded; every record written",
      counts,
      keeps,
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "UTF-16 BE with a byte order mark",
      files: () => ({ [file]: utf16be(text()) }),
      exit: 0,
      outcome: "decoded; every record written",
      counts,
      keeps,
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "windows-1252, no --encoding",
      files: () => ({ [file]: windows1252(text()) }),
      exit: 2,
      outcome: "refused at its line: never a replaced character",
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "windows-1252 with --encoding windows-1252",
      files: () => ({ [file]: windows1252(text()) }),
      extraArgs: ["--encoding", "windows-1252"],
      exit: 0,
      outcome: "decoded; names intact",
      counts,
      keeps,
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "invalid UTF-8 byte",
      files: () => ({ [file]: invalidUtf8(text(), letter) }),
      exit: 2,
      outcome: "refused at its line",
    }),
    convert(input, file, {
      family: "encodings",
      hazard: "NUL byte in a value",
      files: () => ({ [file]: withNul(text(), letter) }),
      exit: 2,
      outcome: "refused at its line",
    }),
  ];
}

/** The dialect and row-shape hazards of a CSV input whose rows are all valid. */
function convertCsvDialects(source: ConvertInput, width: number): HostileCase[] {
  const { input, file, text, counts } = source;
  const rows = () => text().trimEnd().split("\n");
  const transforms = {
    CRLF: ["CRLF line endings", (t: string) => withEndings(t, "\r\n")],
    CR: ["CR-only line endings", (t: string) => withEndings(t, "\r")],
    mixed: ["mixed line endings", mixedEndings],
    trailing: ["trailing empty rows (,,,,)", (t: string) => trailingEmptyRows(t, width)],
  } as const;
  return [
    ...Object.values(transforms).map(([hazard, transform]) =>
      convert(input, file, {
        family: "dialects",
        hazard,
        files: () => ({ [file]: transform(text()) }),
        exit: 0,
        outcome: "every row converted once; no invented record",
        counts,
      }),
    ),
    convert(input, file, {
      family: "dialects",
      hazard: "semicolon delimiter",
      files: () => ({ [file]: text().replaceAll(",", ";") }),
      exit: 0,
      outcome: "delimiter detected; every row converted",
      counts,
    }),
    convert(input, file, {
      family: "row shape",
      hazard: "header only",
      files: () => ({ [file]: `${rows()[0]}\n` }),
      exit: 0,
      outcome: "no records; nothing invented",
      counts: { rows: 0, records: 0 },
    }),
    convert(input, file, {
      family: "row shape",
      hazard: "empty file",
      files: () => ({ [file]: "" }),
      args: [
        "convert",
        file,
        "--from",
        input === "CTDC CSV" ? "ctdc" : input === "HTCDS CSV" ? "htcds" : "csv",
        "--to",
        "tip",
        "-o",
        "out.ndjson",
      ],
      exit: 2,
      outcome: "refused: no header row",
    }),
  ];
}

const [, FLAT_INPUT, HTCDS_INPUT, CTDC_INPUT] = CONVERT_TEXT_INPUTS as [
  ConvertInput,
  ConvertInput,
  ConvertInput,
  ConvertInput,
];

/** A source of `headerlessCases`: its rows, how it is given, and what its two data rows become. */
interface TableInput {
  readonly input: string;
  readonly rows: () => string[][];
  /** The input file from rows: CSV text or a workbook. */
  readonly file: (rows: string[][]) => string | Uint8Array;
  readonly extraArgs?: readonly string[];
  /** Records the two data rows make (HTCDS: a victim and a case each). */
  readonly records: number;
  /** Whether a row with a value beyond the header is skipped (rows read by position) or read as invalid. */
  readonly skipsWideRows: boolean;
}

const TABLE_INPUTS: readonly TableInput[] = [
  { input: "flat CSV", rows: flatCsvRows, file: csvOf, records: 2, skipsWideRows: true },
  { input: "HTCDS CSV", rows: htcdsRows, file: csvOf, records: 4, skipsWideRows: false },
  { input: "CTDC CSV", rows: ctdcRows, file: csvOf, records: 2, skipsWideRows: true },
  {
    input: "GLOTIP CSV",
    rows: glotipRows,
    file: csvOf,
    extraArgs: ["--from", "glotip"],
    records: 2,
    skipsWideRows: true,
  },
  { input: "XLSForm CSV", rows: xlsformCsvRows, file: csvOf, records: 4, skipsWideRows: false },
  { input: "HTCDS xlsx", rows: htcdsRows, file: xlsxOf, records: 4, skipsWideRows: false },
  {
    input: "CTDC xlsx",
    rows: ctdcRows,
    file: xlsxOf,
    extraArgs: ["--from", "ctdc"],
    records: 2,
    skipsWideRows: true,
  },
  {
    input: "GLOTIP xlsx",
    rows: glotipRows,
    file: xlsxOf,
    extraArgs: ["--from", "glotip"],
    records: 2,
    skipsWideRows: true,
  },
];

/**
 * Values in a column without a header, which no reader can name and so none may keep quietly: under an empty
 * header cell, just right of the last header, and (workbooks) alone at XFD in a row of their own.
 */
function headerlessCases(source: TableInput): HostileCase[] {
  const { input, rows, file, extraArgs, records, skipsWideRows } = source;
  const name = input.endsWith("xlsx") ? "in.xlsx" : "in.csv";
  const family = input.endsWith("xlsx") ? "spreadsheets" : "row shape";
  const cases = [
    convert(input, name, {
      family,
      hazard: "a value under an empty header cell",
      files: () => ({ [name]: file(withUnnamedColumn(rows())) }),
      extraArgs,
      exit: 1,
      outcome: "each row invalid, the value listed by row and column number as value_without_header",
      counts: { rows: 2, records },
      reason: "value_without_header",
    }),
    convert(input, name, {
      family,
      hazard: "a value just right of the last header",
      files: () => ({ [name]: file(withValueBeyondHeader(rows())) }),
      extraArgs,
      exit: 1,
      outcome: skipsWideRows
        ? "each row skipped as value_without_header, the value listed by row and column number"
        : "each row invalid, the value listed by row and column number as value_without_header",
      counts: { rows: 2, records: skipsWideRows ? 0 : records },
      reason: "value_without_header",
    }),
  ];
  if (name !== "in.xlsx") return cases;
  return [
    ...cases,
    convert(input, name, {
      family,
      hazard: "a lone value at XFD in a row of its own",
      files: () => ({ [name]: xlsxWithFarCell(rows(), `${CANARY}-far`) }),
      extraArgs,
      exit: 1,
      outcome: "the row skipped as value_without_header, the value listed by row and column 16384",
      counts: { rows: 3, records },
      reason: "value_without_header",
    }),
  ];
}

/**
 * HTCDS labels where field names belong, one carrying the canary as an extra word (`First Name qz7canary`): a
 * label fits its field with one word more, and that word may be a name, so no output may name the column by it.
 */
function labelHeaderRows(): string[][] {
  const word = CANARY.toLowerCase();
  return [
    [`First Name ${word}`, "Second Name", "Gender", `Type of Exploitation ${word}`, "Citizenship"],
    [ACCENTED.given, ACCENTED.family, "Feminine", "Forced labour", "CO"],
    ["Ana", "Mock", "Masculine", "Sexual exploitation", "VE"],
  ];
}

const CONVERT_CASES: HostileCase[] = [
  ...CONVERT_TEXT_INPUTS.flatMap(convertEncodings),
  ...(["HTCDS CSV", "HTCDS xlsx"] as const).map((input) => {
    const name = input === "HTCDS CSV" ? "in.csv" : "in.xlsx";
    return convert(input, name, {
      family: input === "HTCDS CSV" ? "row shape" : "spreadsheets",
      hazard: "labels for headers, one with a name as its extra word",
      files: () => ({ [name]: (input === "HTCDS CSV" ? csvOf : xlsxOf)(labelHeaderRows()) }),
      extraArgs: ["--from", "htcds"],
      exit: 0,
      outcome: "read by their labels; the report names each column by its HTCDS field, never by its header",
      counts: { rows: 2, records: 4 },
      keeps: HTCDS_NAME,
      reason: "prs_FirstName",
    });
  }),
  ...convertCsvDialects(FLAT_INPUT, 6),
  ...convertCsvDialects(HTCDS_INPUT, 6),
  ...convertCsvDialects(CTDC_INPUT, 6),
  convert("flat CSV", "in.csv", {
    family: "dialects",
    hazard: 'quote inside an unquoted cell (Jo"sé)',
    files: () => ({ "in.csv": withStrayQuote(flatCsvRows(), 2, "inside") }),
    exit: 0,
    outcome: "the quote is text, as spreadsheets read it; kept in the name",
    counts: { rows: 2, records: 2 },
    keeps: '"givenName":"Jo\\"sé"',
  }),
  ...(
    [
      ["flat CSV", flatCsvRows, 2],
      ["CTDC CSV", ctdcRows, 3],
    ] as const
  ).flatMap(([input, rows, column]) =>
    (["after quoted", "unclosed"] as const).map((where) =>
      convert(input, "in.csv", {
        family: "dialects",
        hazard: where === "unclosed" ? "quote never closed" : "text after a closing quote",
        files: () => ({ "in.csv": withStrayQuote(rows(), column, where) }),
        exit: 1,
        outcome: "the row is skipped with its reason and line; the rows after it converted",
        counts: { rows: 2, records: 1 },
        reason: where === "unclosed" ? "csv_quote_not_closed" : "csv_text_after_quote",
      }),
    ),
  ),
  convert("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "ragged rows (a cell short, a cell over)",
    files: () => ({ "in.csv": raggedRows(flatCsvRows()) }),
    exit: 1,
    outcome: "both rows accounted for at their lines",
    counts: { rows: 2 },
  }),
  convert("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "duplicate column",
    files: () => ({ "in.csv": duplicateColumn(flatCsvRows()) }),
    exit: 2,
    outcome: "refused: two columns of one name (by column number)",
  }),
  convert("flat CSV", "in.csv", {
    family: "JSON",
    hazard: "extensions.__proto__.sex column",
    files: () => ({
      "in.csv": csvOf(
        flatCsvRows().map((cells, r) => [
          ...cells,
          r === 0 ? "extensions.__proto__.sex" : "male",
          r === 0 ? "extensions.constructor.prototype.sex" : "male",
        ]),
      ),
    }),
    exit: 1,
    outcome: "the columns are refused; no victim changed; Object.prototype untouched",
    counts: { rows: 2 },
    reason: "forbidden_key",
  }),
  convert("flat CSV", "in.csv", {
    family: "row shape",
    hazard: "header name is the canary",
    files: () => ({ "in.csv": csvOf(withCanaryColumn(flatCsvRows())) }),
    exit: 0,
    outcome: "kept in extensions.csv; reported by its number, never its name",
    counts: { rows: 2, records: 2 },
    keeps: `"${CANARY}-header":"${CANARY}-cell"`,
  }),
  convert("CTDC CSV", "in.csv", {
    family: "row shape",
    hazard: "header name is the canary",
    files: () => ({ "in.csv": csvOf(withCanaryColumn(ctdcRows())) }),
    exit: 0,
    outcome: "kept in extensions.ctdc; reported by its number, never its name",
    counts: { rows: 2, records: 2 },
    keeps: `${CANARY}-cell`,
  }),
  convert("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "__proto__, constructor, prototype at every depth",
    files: () => ({ "in.ndjson": `${prototypeKeysVictim(1)}\n${toNdjson(validRecords())}` }),
    exit: 1,
    outcome: "the line is skipped as forbidden_key; Object.prototype untouched",
    counts: { rows: 3, records: 2 },
    reason: "forbidden_key",
  }),
  convert("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "10,000-deep nesting",
    files: () => ({ "in.ndjson": `${deepVictim(1, 10_000)}\n${toNdjson(validRecords())}` }),
    exit: 1,
    outcome: "the line is skipped as nesting_too_deep; the others written",
    counts: { rows: 3, records: 2 },
    reason: "nesting_too_deep",
  }),
  convert("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "ANSI escapes and newlines in values, keys and ids",
    files: () => ({ "in.ndjson": toNdjson([controlCharsVictim(1), ...validRecords()]) }),
    exit: 1,
    outcome: "reported by place; no control character printed",
    counts: { records: 3 },
  }),
  convert("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "truncated last line",
    files: () => ({ "in.ndjson": toNdjson(validRecords()).slice(0, -40) }),
    exit: 1,
    outcome: "the cut line is skipped with its line number",
    counts: { rows: 2, records: 1 },
  }),
  convert("ndjson", "in.ndjson", {
    family: "JSON",
    hazard: "lines that are not JSON",
    files: () => ({ "in.ndjson": `${toNdjson(validRecords())}not json ${CANARY}\n` }),
    exit: 1,
    outcome: "skipped with its line; its text never printed",
    counts: { rows: 3, records: 2 },
  }),
  convert("XLSForm JSON", "in.json", {
    family: "JSON",
    hazard: "plain submissions (reference)",
    files: () => ({ "in.json": JSON.stringify(xlsformSubmissions()) }),
    exit: 0,
    outcome: "every submission converted",
    counts: { rows: 2, records: 4 },
    keeps: HTCDS_NAME,
  }),
  convert("XLSForm JSON", "in.json", {
    family: "JSON",
    hazard: "__proto__, constructor, prototype keys",
    files: () => ({
      "in.json": JSON.stringify(xlsformSubmissions()).replace(
        '"_uuid"',
        `"__proto__":{"polluted":"${CANARY}"},"constructor":{"prototype":{"polluted":"${CANARY}"}},"_uuid"`,
      ),
    }),
    exit: 1,
    outcome: "the keys refused as forbidden_key by column number; Object.prototype untouched",
    counts: { rows: 2, records: 4 },
    reason: "forbidden_key",
  }),
  convert("XLSForm JSON", "in.json", {
    family: "JSON",
    hazard: "an empty key",
    files: () => ({
      "in.json": JSON.stringify(xlsformSubmissions()).replaceAll('"_uuid"', `"":"${CANARY}-unnamed","_uuid"`),
    }),
    exit: 1,
    outcome: "each submission invalid, the value listed by column number as value_without_header",
    counts: { rows: 2, records: 4 },
    reason: "value_without_header",
  }),
  convert("XLSForm JSON", "in.json", {
    family: "JSON",
    hazard: "truncated document",
    files: () => ({ "in.json": JSON.stringify(xlsformSubmissions()).slice(0, -20) }),
    args: ["convert", "in.json", "--from", "htcds", "--to", "tip", "-o", "out.ndjson"],
    exit: 2,
    outcome: "refused as unreadable",
  }),
  // Spreadsheets
  convert("HTCDS xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "plain workbook (reference)",
    files: () => ({ "in.xlsx": xlsxOf(htcdsRows()) }),
    exit: 0,
    outcome: "every row converted",
    counts: { rows: 2, records: 4 },
    keeps: HTCDS_NAME,
  }),
  convert("HTCDS xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "not a zip",
    files: () => ({ "in.xlsx": `${CANARY} is not a workbook\n` }),
    args: ["convert", "in.xlsx", "--from", "htcds", "--to", "tip", "-o", "out.ndjson"],
    exit: 2,
    outcome: "refused as not a workbook",
  }),
  convert("HTCDS xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "zip bomb (32 MB at 1000:1)",
    files: () => ({ "in.xlsx": xlsxBomb(htcdsRows(), 32) }),
    args: ["convert", "in.xlsx", "--from", "htcds", "--to", "tip", "-o", "out.ndjson"],
    exit: 2,
    outcome: "refused before inflating",
  }),
  convert("HTCDS xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "sheet name with an escaped ANSI escape (_x001B_) and the canary",
    files: () => ({ "in.xlsx": xlsxOf(htcdsRows(), `_x001B_[31m${CANARY}`) }),
    exit: 0,
    outcome: "converted; the name is never printed",
    counts: { rows: 2, records: 4 },
  }),
  convert("HTCDS xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "__proto__ header",
    files: () => ({
      "in.xlsx": xlsxOf(htcdsRows().map((cells, r) => [...cells, r === 0 ? "__proto__" : `${CANARY}-cell`])),
    }),
    exit: 1,
    outcome: "refused as forbidden_key by its column number; Object.prototype untouched",
    counts: { rows: 2, records: 4 },
    reason: "forbidden_key",
  }),
  convert("CTDC xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "plain workbook (reference)",
    files: () => ({ "in.xlsx": xlsxOf(ctdcRows()) }),
    extraArgs: ["--from", "ctdc"],
    exit: 0,
    outcome: "every row converted",
    counts: { rows: 2, records: 2 },
    keeps: '"ageBand"',
  }),
  convert("CTDC xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "__proto__ header",
    files: () => ({
      "in.xlsx": xlsxOf(ctdcRows().map((cells, r) => [...cells, r === 0 ? "__proto__" : `${CANARY}-cell`])),
    }),
    extraArgs: ["--from", "ctdc"],
    exit: 1,
    outcome: "refused as forbidden_key by its column number; Object.prototype untouched",
    counts: { rows: 2 },
    reason: "forbidden_key",
  }),
  ...TABLE_INPUTS.flatMap(headerlessCases),
  convert("GLOTIP CSV", "in.csv", {
    family: "dialects",
    hazard: "trailing empty rows (,,,,)",
    files: () => ({ "in.csv": trailingEmptyRows(csvOf(glotipRows()), 13) }),
    extraArgs: ["--from", "glotip"],
    exit: 0,
    outcome: "every row converted once; no invented record",
    counts: { rows: 2, records: 2 },
  }),
  convert("CTDC xlsx", "in.xlsx", {
    family: "spreadsheets",
    hazard: "zip bomb (32 MB at 1000:1)",
    files: () => ({ "in.xlsx": xlsxBomb(ctdcRows(), 32) }),
    args: ["convert", "in.xlsx", "--from", "ctdc", "--to", "tip", "-o", "out.ndjson"],
    exit: 2,
    outcome: "refused before inflating",
  }),
  // Outputs
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "-o is the input",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "in.ndjson"],
    exit: 2,
    outcome: "refused; the input untouched",
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "--report is the input",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "out.ndjson", "--report", "in.ndjson"],
    exit: 2,
    outcome: "refused; the input untouched",
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "--report is -o",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "out.ndjson", "--report", "out.ndjson"],
    exit: 2,
    outcome: "refused; nothing written",
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "-o /dev/null",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "/dev/null", "--report", "report.json"],
    exit: 0,
    outcome: "written to the device, which stays a device",
    counts: { records: 2 },
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "-o in a missing folder",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "missing/out.ndjson"],
    exit: 2,
    outcome: "refused; no partial file left",
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "-o a named pipe",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "pipe.ndjson"],
    exit: 0,
    outcome: "written into the pipe, which stays a pipe",
    keeps: NAME,
    run: { kind: "fifo-output", fifo: "pipe.ndjson" },
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "-o /dev/full",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip", "-o", "/dev/full"],
    exit: 2,
    outcome: "one line: no space left; no stack trace",
    run: { kind: "in-process" },
  }),
  convert("ndjson", "in.ndjson", {
    family: "outputs",
    hazard: "standard output is /dev/full",
    files: () => ({ "in.ndjson": ndjsonText() }),
    args: ["convert", "in.ndjson", "--to", "tip"],
    exit: 2,
    outcome: "one line: no space left; no stack trace",
    run: { kind: "stdout-full" },
  }),
];

// --- stats, anonymize, export -----------------------------------------------------------------------------

function privacy(
  command: "stats" | "anonymize" | "export",
  file: string,
  { keeps: _, ...spec }: CaseSpec,
): HostileCase {
  const args = {
    stats: ["stats", file, "--by", "sex", "--format", "json"],
    anonymize: ["anonymize", file, "--key-file", "key.txt", "-o", "out.ndjson"],
    export: [
      "export",
      file,
      "--to",
      CONSENTED_AGENCY,
      "--purpose",
      "assistance",
      "--on",
      "2024-01-01",
      "-o",
      "out.ndjson",
    ],
  }[command];
  const files = spec.files;
  return {
    command,
    input: file.endsWith(".json") ? "JSON bundle" : "ndjson",
    ...spec,
    files: command === "anonymize" ? () => ({ "key.txt": KEY, ...files() }) : files,
    args: spec.args ?? [...args, ...(spec.extraArgs ?? [])],
  };
}

/** The hazards every privacy command meets, with the exit each gives on the valid input. */
function privacyCases(command: "stats" | "anonymize" | "export"): HostileCase[] {
  // Export withholds the canary's record (no consent): exit 1 on the valid input; stats and anonymize exit 0.
  const clean: ExpectedExit = command === "export" ? 1 : 0;
  // Stats counts a record by the fields it tabulates: a non-UUID id or an unknown key does not stop it.
  const counted: ExpectedExit = command === "stats" ? 0 : 1;
  const text = ndjsonText;
  return [
    privacy(command, "in.ndjson", {
      family: "encodings",
      hazard: "UTF-8 with a byte order mark",
      files: () => ({ "in.ndjson": utf8Bom(text()) }),
      exit: clean,
      outcome: "read as UTF-8",
      counts: { records: 2 },
    }),
    privacy(command, "in.ndjson", {
      family: "encodings",
      hazard: "UTF-16 LE with a byte order mark",
      files: () => ({ "in.ndjson": utf16le(text()) }),
      exit: 2,
      outcome: "refused: save it as UTF-8",
    }),
    privacy(command, "in.ndjson", {
      family: "encodings",
      hazard: "invalid UTF-8 byte",
      files: () => ({ "in.ndjson": invalidUtf8(text()) }),
      exit: 1,
      outcome: "the line is left out and counted",
      counts: { records: 2 },
    }),
    privacy(command, "in.ndjson", {
      family: "dialects",
      hazard: "CRLF line endings",
      files: () => ({ "in.ndjson": withEndings(text(), "\r\n") }),
      exit: clean,
      outcome: "every record read",
      counts: { records: 2 },
    }),
    privacy(command, "in.ndjson", {
      family: "JSON",
      hazard: "__proto__, constructor, prototype at every depth",
      files: () => ({ "in.ndjson": `${prototypeKeysVictim(5)}\n${text()}` }),
      exit: clean,
      outcome: "the keys are data, never properties; Object.prototype untouched",
      counts: { records: 3 },
    }),
    privacy(command, "in.ndjson", {
      family: "JSON",
      hazard: "10,000-deep nesting",
      files: () => ({ "in.ndjson": `${deepVictim(5, 10_000)}\n${text()}` }),
      exit: 1,
      outcome: "the record is left out and counted",
      counts: { records: 3 },
    }),
    privacy(command, "in.ndjson", {
      family: "JSON",
      hazard: "lines that are not JSON",
      files: () => ({ "in.ndjson": `${text()}not json ${CANARY}\n` }),
      exit: 1,
      outcome: "left out and counted; its text never printed",
      counts: { records: 3 },
    }),
    privacy(command, "in.ndjson", {
      family: "JSON",
      hazard: "ANSI escapes and newlines in values, keys and ids",
      files: () => ({ "in.ndjson": toNdjson([controlCharsVictim(5), ...validRecords()]) }),
      exit: counted,
      outcome:
        command === "stats"
          ? "counted; nothing of it printed"
          : "named by its line; no control character printed",
      counts: { records: 3 },
    }),
    privacy(command, "in.json", {
      family: "JSON",
      hazard: "truncated bundle",
      files: () => ({ "in.json": toBundleJson(validRecords()).slice(0, -30) }),
      exit: 2,
      outcome: "refused as cut short",
    }),
    privacy(command, "in.ndjson", {
      family: "row shape",
      hazard: "empty file",
      files: () => ({ "in.ndjson": "" }),
      exit: 0,
      outcome: "no records",
      counts: { records: 0 },
    }),
  ];
}

/** Output hazards of the commands that write records with -o. */
function privacyOutputs(command: "anonymize" | "export"): HostileCase[] {
  const clean: ExpectedExit = command === "export" ? 1 : 0;
  const base = privacy(command, "in.ndjson", {
    family: "outputs",
    hazard: "",
    files: () => ({ "in.ndjson": ndjsonText() }),
    exit: 2,
    outcome: "",
  });
  const withOutput = (output: string) => base.args.map((arg) => (arg === "out.ndjson" ? output : arg));
  return [
    {
      ...base,
      hazard: "-o is the input",
      args: withOutput("in.ndjson"),
      outcome: "refused; the input untouched",
    },
    {
      ...base,
      hazard: "-o /dev/null",
      args: withOutput("/dev/null"),
      exit: clean,
      outcome: "written to the device, which stays a device",
      counts: { records: 2 },
    },
    {
      ...base,
      hazard: "-o in a missing folder",
      args: withOutput("missing/out.ndjson"),
      outcome: "refused; no partial file left",
    },
    {
      ...base,
      hazard: "-o a named pipe",
      args: withOutput("pipe.ndjson"),
      exit: clean,
      outcome: "written into the pipe, which stays a pipe",
      run: { kind: "fifo-output", fifo: "pipe.ndjson" },
    },
  ];
}

const PRIVACY_CASES: HostileCase[] = [
  ...privacyCases("stats"),
  ...privacyCases("anonymize"),
  ...privacyOutputs("anonymize"),
  ...privacyCases("export"),
  ...privacyOutputs("export"),
];

// --- signals ----------------------------------------------------------------------------------------------

/** A run stopped by a signal while it reads a named pipe that is still open. */
function signalCase(
  command: HostileCase["command"],
  args: readonly string[],
  signal: "SIGINT" | "SIGTERM",
  extraFiles: Record<string, string> = {},
): HostileCase {
  return {
    command,
    input: "ndjson",
    family: "signals",
    hazard: `${signal} mid-run`,
    files: () => extraFiles,
    args,
    exit: signal === "SIGINT" ? 130 : 143,
    outcome: "stopped; no temporary file of records and no spill folder left",
    run: { kind: "signal", fifo: "in.ndjson", signal },
  };
}

const SIGNAL_CASES: HostileCase[] = (["SIGINT", "SIGTERM"] as const).flatMap((signal) => [
  signalCase("validate", ["validate", "in.ndjson", "--workers", "0"], signal),
  signalCase(
    "convert",
    ["convert", "in.ndjson", "--from", "tip", "--to", "tip", "-o", "out.ndjson", "--report", "r.json"],
    signal,
  ),
  signalCase("stats", ["stats", "in.ndjson", "--by", "sex"], signal),
  signalCase("anonymize", ["anonymize", "in.ndjson", "--key-file", "key.txt", "-o", "out.ndjson"], signal, {
    "key.txt": KEY,
  }),
  signalCase(
    "export",
    ["export", "in.ndjson", "--to", CONSENTED_AGENCY, "--purpose", "assistance", "-o", "out.ndjson"],
    signal,
  ),
]);

// --- docs -------------------------------------------------------------------------------------------------

/** `tip docs` writes a folder of pages: the hazards of a folder output. One language keeps each run short. */
function docs(
  spec: Omit<HostileCase, "command" | "input" | "family" | "args"> & { out: string },
): HostileCase {
  const { out, ...rest } = spec;
  return {
    command: "docs",
    input: "site folder",
    family: "outputs",
    args: ["docs", "--output", out, "--lang", "en"],
    ...rest,
  };
}

const DOCS_CASES: HostileCase[] = [
  docs({
    hazard: "--output names a file",
    files: () => ({ site: "a file, not a folder" }),
    out: "site",
    exit: 2,
    outcome: "refused; the file untouched",
  }),
  docs({
    hazard: "--output in a missing folder",
    files: () => ({}),
    out: "missing/site",
    exit: 2,
    outcome: "refused; nothing created",
  }),
  docs({
    hazard: "--output holds someone's own index.html and assets/",
    files: () => ({ "mine/index.html": "<p>mine</p>", "mine/assets/logo.svg": "<svg/>" }),
    out: "mine",
    exit: 2,
    outcome: "refused as not a folder it wrote; nothing replaced",
  }),
  docs({
    hazard: "--output . in a project folder with an assets/ folder",
    files: () => ({ "assets/app.js": "mine", "notes.txt": "mine" }),
    out: ".",
    exit: 2,
    outcome: "refused as not a folder it wrote; nothing replaced",
  }),
  docs({
    hazard: "--output a site it wrote before, with api/ and other files",
    files: () => ({
      "site/index.html": `<html>${SITE_GENERATOR}</html>`,
      "site/en/stale.html": "old page",
      "site/api/index.html": "API reference",
      "site/notes.txt": "kept",
    }),
    out: "site",
    exit: 0,
    outcome: "its own pages replaced as a whole, at once; api/ and other files kept",
    keeps: { file: "site/api/index.html", text: "API reference" },
    outputDir: "site",
  }),
];

/** Every case of the hostile-input matrix. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...VALIDATE_CASES,
  ...CONVERT_CASES,
  ...PRIVACY_CASES,
  ...SIGNAL_CASES,
  ...DOCS_CASES,
  ...PROFILE_CASES,
  ...EXCHANGE_CASES,
];
