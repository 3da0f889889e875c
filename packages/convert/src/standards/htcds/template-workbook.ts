import type { CodeListId } from "@tip/schema";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "../../io/xlsx/load-exceljs.js";
import { TEMPLATE_VALIDATIONS, TEMPLATE_XLSX_BASE64 } from "./assets/template-data.generated.js";
import { TEMPLATE_SHEET } from "./assets/template-sheet.js";
import { textOf } from "./cell-parse.js";
import { sourceCellOf } from "./exceljs-cell.js";
import { decodeCode } from "./htcds-codes.js";
import type { HtcdsField } from "./htcds-slots.js";
import { fieldOfLabel, resolveColumns } from "./resolve-columns.js";

/** exceljs keeps a sheet's validations here; its typings do not declare it. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** A template column and the HTCDS field it holds. */
export interface TemplateColumn {
  readonly index: number;
  readonly field: HtcdsField;
  /** Code -> the label the column's dropdown offers, when it has one (`Physical threats`). */
  readonly labels?: ReadonlyMap<string, string>;
}

/** The official template, loaded, with its columns resolved. */
export interface TemplateWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: ExcelJS.Worksheet;
  readonly columns: readonly TemplateColumn[];
  /** The last column the template uses. */
  readonly width: number;
}

function cellText(sheet: ExcelJS.Worksheet, address: string): string | undefined {
  const read = sourceCellOf(sheet.getCell(address).value);
  return read === undefined || read.error ? undefined : textOf(read.value);
}

/** The entries of a `validation!$X$a:$X$b` list, read from the validation sheet. */
function listEntries(workbook: ExcelJS.Workbook, formula: string): string[] {
  const match = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  const sheet = match ? workbook.getWorksheet(match[1] as string) : undefined;
  if (!match || !sheet) return [];
  const entries: string[] = [];
  for (let row = Number(match[3]); row <= Number(match[5]); row++) {
    const text = cellText(sheet, `${match[2]}${row}`);
    if (text !== undefined && text !== "") entries.push(sheet.getCell(`${match[2]}${row}`).text);
  }
  return entries;
}

/** Code -> dropdown label, for the entries of a list that read as codes of the column's code list. */
function labelsOf(workbook: ExcelJS.Workbook, listId: CodeListId, formula: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entry of listEntries(workbook, formula)) {
    const code = decodeCode(listId, entry);
    if (code !== undefined && !labels.has(code)) labels.set(code, entry);
  }
  return labels;
}

const columnOf = (range: string) => /^[A-Z]+/.exec(range)?.[0] ?? "";

/**
 * Loads the official HTCDS 2.0 template (with validation lists) and prepares it for writing: resolves its
 * columns from the hidden row of field names (or the label where the template left that row empty), fills that
 * gap in row 1, puts the labels of the mailing-address columns over the right columns, re-adds the template's
 * dropdown lists (which exceljs cannot keep) and reads each dropdown's labels so values can be written as the
 * dropdown offers them.
 */
export async function loadTemplate(rowCount: number): Promise<TemplateWorkbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(Buffer.from(TEMPLATE_XLSX_BASE64, "base64") as never);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) as ExcelJS.Worksheet;
  const width = sheet.columnCount;
  const header = Array.from({ length: width }, (_, c) => ({
    letter: sheet.getColumn(c + 1).letter,
    name: cellText(sheet, `${sheet.getColumn(c + 1).letter}1`),
    label: cellText(sheet, `${sheet.getColumn(c + 1).letter}2`),
  }));
  const bindings = resolveColumns(
    header.map(({ letter, name, label }) => ({
      letter,
      ...(name ? { name } : {}),
      ...(label ? { label } : {}),
    })),
  );
  const labelled = new Map(
    header.flatMap(({ label }) => (label ? [[fieldOfLabel(label)?.name, label] as const] : [])),
  );
  const lists = TEMPLATE_VALIDATIONS.filter((validation) => validation.type === "list");
  const columns: TemplateColumn[] = [];
  bindings.forEach((binding, c) => {
    const field = binding.field;
    if (field === undefined) return;
    const letter = header[c]?.letter as string;
    if (header[c]?.name === undefined) sheet.getCell(`${letter}1`).value = field.name;
    const label = labelled.get(field.name);
    if (label !== undefined && label !== header[c]?.label) sheet.getCell(`${letter}2`).value = label;
    const list = lists.find((validation) =>
      validation.sqref.split(" ").some((range) => columnOf(range) === letter),
    );
    const listId = field.slot.codeList;
    const labels = list && listId ? labelsOf(workbook, listId, list.formulae[0] ?? "") : undefined;
    columns.push({ index: c + 1, field, ...(labels && labels.size > 0 ? { labels } : {}) });
  });
  const numbered = sheet.rowCount;
  for (const validation of lists) {
    for (const range of validation.sqref.split(" ")) {
      // Two lists run to the sheet's last row (1,048,576), which exceljs and other readers expand cell by cell:
      // they stop at the template's last numbered row instead. Lists end no earlier than the last written row.
      const [, column, top, bottom] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(range) ?? [];
      const end = Math.max(Math.min(Number(bottom), numbered), rowCount + 2);
      (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(
        `${column}${top}:${column}${end}`,
        {
          type: "list",
          allowBlank: validation.allowBlank,
          showInputMessage: validation.showInputMessage,
          showErrorMessage: validation.showErrorMessage,
          formulae: [...validation.formulae],
        },
      );
    }
  }
  return { workbook, sheet, columns, width };
}
