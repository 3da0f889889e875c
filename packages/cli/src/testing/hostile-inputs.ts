import { toBundleJson, toNdjson, validVictim } from "./records.js";
import { columnLetters, type SheetSpec, workbookOf, workbookParts } from "./workbook.js";
import { zipOf } from "./zip.js";

// Inputs of the hostile-input matrix. Each is small, synthetic, and carries the canary wherever a value must
// never be printed: personal values, ids, unknown keys, header names, sheet names.

/** A value planted in the inputs that must never appear in what a command prints or reports. */
export const CANARY = "Qz7Canary";

/** The name that proves text was decoded right: its accents are where encodings differ. */
export const ACCENTED = { given: "José", family: "Muñoz" } as const;

/** An ANSI escape sequence (red text) and a newline, that a terminal would act on if printed. */
export const ANSI = "\u001b[31m";

/** The agency the model's example victim consents to share with, for assistance. */
export const CONSENTED_AGENCY = "c3d2e1f0-a9b8-4c7d-9e6f-5a4b3c2d1e0f";

// --- records ---------------------------------------------------------------------------------------------

/** A valid victim named José Muñoz (its consent allows assistance by `CONSENTED_AGENCY`). */
export function accentedVictim(index: number): Record<string, unknown> {
  return { ...validVictim(index), givenName: ACCENTED.given, familyName: ACCENTED.family };
}

/** A valid victim whose name and contact fields hold the canary, with no consent recorded (so never exported). */
export function canaryVictim(index: number): Record<string, unknown> {
  const victim: Record<string, unknown> = {
    ...validVictim(index),
    givenName: `${CANARY}-given`,
    familyName: `${CANARY}-family`,
    email: `${CANARY}@example.org`,
  };
  delete victim.consents;
  return victim;
}

/** A victim invalid through a personal value (a malformed birth date) that holds the canary. */
export function invalidCanaryVictim(index: number): Record<string, unknown> {
  return { ...canaryVictim(index), birthDate: `${CANARY}-birthDate` };
}

/** Two valid victims: José Muñoz, and one holding the canary in its personal values. */
export const validRecords = (): Record<string, unknown>[] => [accentedVictim(1), canaryVictim(2)];

/** The valid records and one invalid record holding the canary. */
export const mixedRecords = (): Record<string, unknown>[] => [...validRecords(), invalidCanaryVictim(3)];

export { toBundleJson, toNdjson };

// --- text encodings and line endings ----------------------------------------------------------------------

/** Text as UTF-8 with a byte order mark. */
export const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

/** Text as UTF-16 little endian with a byte order mark. */
export const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

/** Text as UTF-16 big endian with a byte order mark. */
export function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  bytes.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
}

/** Text as windows-1252: Latin-1 letters (é, ñ) as in ISO 8859-1, and the en dash at 0x96. */
export function windows1252(text: string): Buffer {
  const latin = text.replaceAll("–", "\u0096");
  if ([...latin].some((char) => char.charCodeAt(0) > 0xff)) throw new Error("text outside windows-1252");
  return Buffer.from(latin, "latin1");
}

/** UTF-8 text with one byte that is never UTF-8 (0xFF) in place of the first `ñ` (or of `letter`). */
export function invalidUtf8(text: string, letter = "ñ"): Buffer {
  const at = text.indexOf(letter);
  if (at < 0) throw new Error(`invalidUtf8() needs a ${letter} to replace`);
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    Buffer.from([0xff]),
    Buffer.from(text.slice(at + 1)),
  ]);
}

/** UTF-8 text with a NUL byte in place of the first `ñ` (or of `letter`). */
export const withNul = (text: string, letter = "ñ") => text.replace(letter, "\u0000");

/** Every line ending turned into `ending`. */
export const withEndings = (text: string, ending: string) => text.replace(/\r?\n/g, ending);

/** Lines ended in turn by LF, CRLF and CR. */
export function mixedEndings(text: string): string {
  const endings = ["\n", "\r\n", "\r"];
  let n = 0;
  return text.replace(/\n/g, () => endings[n++ % endings.length] ?? "\n");
}

// --- CSV --------------------------------------------------------------------------------------------------

/** Rows of cells as CSV (cells quoted where needed), with `delimiter`. */
export function csvOf(rows: readonly (readonly string[])[], delimiter = ","): string {
  const quote = (cell: string) =>
    cell.includes(delimiter) || /["\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((cells) => `${cells.map(quote).join(delimiter)}\n`).join("");
}

/** A flat CSV of victims: José Muñoz and one holding the canary, both valid. */
export function flatCsvRows(): string[][] {
  const first = accentedVictim(1);
  const second = canaryVictim(2);
  return [
    ["recordType", "id", "givenName", "familyName", "sex", "birthYear"],
    ["victim", String(first.id), ACCENTED.given, ACCENTED.family, "female", "1990"],
    ["victim", String(second.id), String(second.givenName), String(second.familyName), "male", "1985"],
  ];
}

/** An HTCDS CSV export: José Muñoz and one person holding the canary. */
export function htcdsRows(): string[][] {
  return [
    [
      "prs_FirstName",
      "prs_SecondName",
      "prs_Gender",
      "prs_Birthdate",
      "prs_Citizenship",
      "vic_TypeOfExploitation",
    ],
    [ACCENTED.given, ACCENTED.family, "Feminine", "1990-01-02", "CO", "ForcedLabour"],
    [`${CANARY}-given`, `${CANARY}-family`, "Masculine", "1985-03-04", "VE", "SexualExploitation"],
  ];
}

/** A GLOTIP export of two rows of aggregate figures (no personal values), header on the first row. */
export function glotipRows(): string[][] {
  return [
    [
      "Iso3_code",
      "Country",
      "Region",
      "Subregion",
      "Indicator",
      "Dimension",
      "Category",
      "Sex",
      "Age",
      "Year",
      "Unit of measurement",
      "txtVALUE",
      "Source",
    ],
    [
      "COL",
      "Colombia",
      "Americas",
      "South America",
      "Persons convicted",
      "Total",
      "Total",
      "Male",
      "Total",
      "2021",
      "Counts",
      "12",
      "GLOTIP",
    ],
    [
      "PER",
      "Peru",
      "Americas",
      "South America",
      "Persons prosecuted",
      "Total",
      "Total",
      "Total",
      "Total",
      "2020",
      "Counts",
      "<5",
      "GLOTIP",
    ],
  ];
}

/** An XLSForm (ODK Central) CSV export: José Muñoz and one person holding the canary. */
export function xlsformCsvRows(): string[][] {
  const [first, second] = xlsformSubmissions();
  const keys = Object.keys(first ?? {});
  return [keys, ...[first, second].map((submission) => keys.map((key) => String(submission?.[key] ?? "")))];
}

/** A CTDC file of two victims (CTDC holds no names: the canary sits in a column of its own, unknown to CTDC). */
export function ctdcRows(): string[][] {
  return [
    ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "isForcedLabour"],
    ["2021", "Woman", "18–20", "NAM", "ZAF", "1"],
    ["2015", "Man", "30–38", "UKR", "POL", ""],
  ];
}

/** Rows with one more column, named by the canary, whose cells hold the canary. */
export function withCanaryColumn(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((cells, r) => [...cells, r === 0 ? `${CANARY}-header` : `${CANARY}-cell`]);
}

/** Rows with one more column whose header holds the canary, an ANSI escape and a line break. */
export function withHostileHeader(rows: readonly (readonly string[])[]): string[][] {
  const header = `${ANSI}${CANARY}-header\nline two`;
  return rows.map((cells, r) => [...cells, r === 0 ? header : `${CANARY}-cell`]);
}

/** Rows with one more column, under an extension namespace that is the canary (no namespace the model takes). */
export function withCanaryNamespace(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((cells, r) => [...cells, r === 0 ? `extensions.${CANARY}.note` : `${CANARY}-cell`]);
}

/** Rows whose data rows each have one more cell, holding the canary, beyond the header's last. */
export function withValueBeyondHeader(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((cells, r) => (r === 0 ? [...cells] : [...cells, `${CANARY}-beyond`]));
}

/** Rows with a column inserted at `at` whose header cell is empty and whose data cells hold the canary. */
export function withUnnamedColumn(rows: readonly (readonly string[])[], at = 1): string[][] {
  return rows.map((cells, r) => [
    ...cells.slice(0, at),
    r === 0 ? "" : `${CANARY}-unnamed`,
    ...cells.slice(at),
  ]);
}

/** Rows with Excel's trailing empty rows: as many delimiters as cells, and nothing else. */
export function trailingEmptyRows(text: string, width: number, delimiter = ","): string {
  const empty = `${delimiter.repeat(width - 1)}\n`;
  return text + empty.repeat(3);
}

/**
 * Where a stray quote sits in a cell: inside an unquoted cell (`Jo"sé`, text, as spreadsheets read it), after
 * a quoted part (`"Jo"sé`), or opening a quote never closed (`"José`).
 */
export type StrayQuote = "inside" | "after quoted" | "unclosed";

/** The rows with a stray quote (see `StrayQuote`) in the first data row's cell at `column`. */
export function withStrayQuote(
  rows: readonly (readonly string[])[],
  column: number,
  where: StrayQuote = "inside",
): string {
  const [header = [], first = [], ...rest] = rows;
  const cell = first[column] ?? "";
  const broken = {
    inside: `${cell.slice(0, 2)}"${cell.slice(2)}`,
    "after quoted": `"${cell.slice(0, 2)}"${cell.slice(2)}`,
    unclosed: `"${cell}`,
  }[where];
  const firstLine = first.map((c, i) => (i === column ? broken : c)).join(",");
  return `${header.join(",")}\n${firstLine}\n${csvOf(rest)}`;
}

/** The rows with the first data row cut short by one cell and the second given one cell more. */
export function raggedRows(rows: readonly (readonly string[])[]): string {
  const [header = [], first = [], second = [], ...rest] = rows;
  return csvOf([header, first.slice(0, -1), [...second, "extra"], ...rest]);
}

/** The rows with the header's second column renamed to the first's (a duplicate column). */
export function duplicateColumn(rows: readonly (readonly string[])[]): string {
  const [header = [], ...rest] = rows;
  return csvOf([header.map((name, i) => (i === 1 ? (header[0] ?? name) : name)), ...rest]);
}

// --- JSON -------------------------------------------------------------------------------------------------

/** A victim whose extensions hold `__proto__`, `constructor` and `prototype` keys at every depth. */
export function prototypeKeysVictim(index: number): string {
  const victim = JSON.stringify(accentedVictim(index));
  const poison = `{"__proto__":{"polluted":"yes","sex":"male"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}`;
  return `${victim.slice(0, -1)},"extensions":{"lc":${poison},"__proto__":${poison}},"__proto__":${poison}}`;
}

/** A victim with an extension nested `depth` levels deep. */
export function deepVictim(index: number, depth: number): string {
  const victim = JSON.stringify(accentedVictim(index));
  return `${victim.slice(0, -1)},"extensions":{"lc":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}}`;
}

/** A victim with its `sex` given twice, the second time as something else. */
export function duplicateKeyVictim(index: number): string {
  const victim = JSON.stringify(accentedVictim(index));
  return `${victim.slice(0, -1)},"sex":"male"}`;
}

/**
 * The JSON text of a valid victim with unknown keys that must never be printed: the canary with a name, with an
 * ANSI escape and a line break, `__proto__` (kept a plain key, as JSON text) and a 10,000-character key.
 */
export function hostileKeysVictim(index: number): string {
  const victim = JSON.stringify(accentedVictim(index));
  const keys = [
    `${CANARY} María López`,
    `${ANSI}${CANARY}-key\n`,
    "__proto__",
    `${CANARY}${"x".repeat(10_000 - CANARY.length)}`,
  ];
  const members = keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(`${CANARY}-value`)}`);
  return `${victim.slice(0, -1)},${members.join(",")}}`;
}

/** A victim with ANSI escapes and newlines in a personal value, an unknown key and its id. */
export function controlCharsVictim(index: number): Record<string, unknown> {
  return {
    ...canaryVictim(index),
    id: `${ANSI}${CANARY}-id\n`,
    familyName: `${ANSI}${CANARY}\r\nline two`,
    [`${ANSI}${CANARY}-key\n`]: `${ANSI}${CANARY}-value`,
  };
}

// --- XLSForm JSON -----------------------------------------------------------------------------------------

/** Two XLSForm (Kobo) submissions: José Muñoz and one holding the canary. */
export function xlsformSubmissions(): Record<string, unknown>[] {
  return [
    {
      _uuid: "0b5a3c9e-1111-4c2a-9a55-000000000101",
      "grp_person/prs_First_Name": ACCENTED.given,
      "grp_person/prs_Second_Name": ACCENTED.family,
      "grp_person/prs_Gender": "Feminine",
      "grp_person/prs_Citizenship": "CO",
    },
    {
      _uuid: "0b5a3c9e-1111-4c2a-9a55-000000000102",
      "grp_person/prs_First_Name": `${CANARY}-given`,
      "grp_person/prs_Second_Name": `${CANARY}-family`,
      "grp_person/prs_Gender": "Masculine",
      "grp_person/prs_Citizenship": "VE",
    },
  ];
}

// --- workbooks --------------------------------------------------------------------------------------------

/** A workbook of one sheet holding the rows. */
export const xlsxOf = (rows: readonly (readonly string[])[], name = "Data") => workbookOf([{ name, rows }]);

/**
 * A workbook of the rows, then a row of its own holding one cell in Excel's last column, XFD: the number 1, or
 * `text` (an inline string) when given.
 */
export function xlsxWithFarCell(rows: readonly (readonly string[])[], text?: string): Uint8Array {
  const row = rows.length + 1;
  const reference = `${columnLetters(16_384)}${row}`;
  const cell =
    text === undefined
      ? `<c r="${reference}"><v>1</v></c>`
      : `<c r="${reference}" t="inlineStr"><is><t>${text.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</t></is></c>`;
  return workbookOf([{ name: "Data", rows, extraXml: `<row r="${row}">${cell}</row>` }]);
}

/** A zip bomb: the rows, then a sheet part that inflates `megabytes` MB of empty cells at a ratio near 1000:1. */
export function xlsxBomb(rows: readonly (readonly string[])[], megabytes: number): Uint8Array {
  const sheets: SheetSpec[] = [{ name: "Data", rows }];
  const parts = workbookParts(sheets);
  const sheet = String(parts["xl/worksheets/sheet1.xml"]);
  const padding = " ".repeat(megabytes * 1024 * 1024);
  parts["xl/worksheets/sheet1.xml"] = sheet.replace("</sheetData>", `</sheetData>${padding}`);
  return zipOf(parts);
}
