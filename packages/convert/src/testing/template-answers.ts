import type { Locale, Profile } from "@tip/schema";
import ExcelJS from "exceljs";
import type { WriteCell } from "../standards/htcds/row-cells.js";
import type { TemplateQuestion } from "../templates/template-questions.js";
import { dropDownEntries, XLSX_TEMPLATE_ROWS } from "../templates/xlsx-template.js";

// Filling the collection templates the way a person or a form server would, for round-trip tests.

/** One row of answers: HTCDS column name to the cell the HTCDS writer would write. */
export type AnswerRow = ReadonlyMap<string, WriteCell>;

/** What a row says, comparable across a round trip: codes (sorted for lists) or values, by column. */
export function said(row: AnswerRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, cell] of row) {
    if (cell.codes !== undefined) out[column] = [...cell.codes].sort();
    else if (cell.value !== undefined) out[column] = cell.value;
  }
  return out;
}

/** A workbook's bytes loaded with exceljs. */
export async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

/** The rows of a sheet under its first row's names, as text. */
export function sheetRows(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Object.fromEntries(header.map((name, i) => [name, values[i] === undefined ? "" : String(values[i])])),
    );
  });
  return rows;
}

/**
 * The answers as KoboToolbox / ODK would export the submissions of an XLSForm as JSON: one object per row,
 * keys `<group>/<question>`, multiple choices joined by spaces. Fails (via `onUnknown`) for a column the form
 * does not ask.
 */
export async function xlsformSubmissions(
  form: Uint8Array,
  answers: readonly AnswerRow[],
  onUnknown: (column: string) => void,
): Promise<Record<string, unknown>[]> {
  const book = await loadBook(form);
  const survey = sheetRows(book.getWorksheet("survey") as ExcelJS.Worksheet);
  const asked = new Set(survey.map((row) => row.name));
  let group = "";
  const groupOf = new Map<string, string>();
  for (const row of survey) {
    if (row.type === "begin_group") group = row.name ?? "";
    else if (row.type !== "end_group") groupOf.set(row.name ?? "", group);
  }
  return answers.map((row, index) => {
    const submission: Record<string, unknown> = { "meta/instanceID": `uuid:test-${index}` };
    for (const [column, cell] of row) {
      if (!asked.has(column)) onUnknown(column);
      const key = `${groupOf.get(column)}/${column}`;
      if (cell.codes !== undefined) submission[key] = cell.codes.join(" ");
      else if (typeof cell.value === "boolean") submission[key] = cell.value ? "yes" : "no";
      else if (cell.value !== undefined) submission[key] = cell.value;
    }
    return submission;
  });
}

/**
 * The Excel template filled with the answers as a person would: each code picked from the drop-down (its
 * entry in `lang`), yes / no, dates as Excel dates. Returns the saved workbook.
 */
export async function fillXlsxTemplate(
  template: Uint8Array,
  answers: readonly AnswerRow[],
  questions: readonly TemplateQuestion[],
  lang: Locale,
  profile?: Profile,
): Promise<Uint8Array> {
  const book = await loadBook(template);
  const data = book.getWorksheet("data") as ExcelJS.Worksheet;
  const index = new Map(questions.map((question, i) => [question.name, i]));
  answers.forEach((row, r) => {
    for (const [column, cell] of row) {
      const at = index.get(column) as number;
      const question = questions[at];
      const target = data.getCell(XLSX_TEMPLATE_ROWS.firstData + r, at + 1);
      if (cell.codes !== undefined && question !== undefined) {
        const entries = dropDownEntries(question, lang, profile);
        const entryOf = (code: string) => {
          const offered = question.choices.findIndex((choice) => choice.code === code);
          if (offered < 0) throw new Error(`${column} does not offer ${code}`);
          return entries[offered];
        };
        target.value = cell.codes.map(entryOf).join("; ");
      } else if (typeof cell.value === "boolean") target.value = cell.value ? "yes" : "no";
      else if (question?.kind === "date" && typeof cell.value === "string")
        target.value = new Date(`${cell.value}T00:00:00Z`);
      else if (cell.value !== undefined) target.value = cell.value;
    }
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
