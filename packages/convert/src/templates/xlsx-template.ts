import type { Locale, Profile } from "@tip/schema";
import type ExcelJS from "exceljs";
import { columnLetters } from "../io/xlsx/column-letters.js";
import { loadExcelJs } from "../io/xlsx/load-exceljs.js";
import { profileDecoder } from "../standards/htcds/national-codes.js";
import { type TemplateOptions, type TemplateQuestion, templateQuestions } from "./template-questions.js";
import { TEMPLATE_TEXTS, type TemplateTexts } from "./template-texts.js";

/** Options of `writeXlsxTemplate`. */
export interface XlsxTemplateOptions extends TemplateOptions {
  /** The language of the column titles, drop-down lists and messages. Default `en`. */
  readonly lang?: Locale;
  /** How many data rows carry drop-downs and validation. Default 1000. */
  readonly rows?: number;
}

/** The sheet the data goes in, the hidden sheet holding the drop-down lists, and the explanation sheet. */
export const XLSX_TEMPLATE_SHEETS = { data: "data", lists: "lists", readMe: "readme" } as const;

/** Row of the column titles in the chosen language, row of the HTCDS field names, first data row. */
export const XLSX_TEMPLATE_ROWS = { titles: 1, names: 2, firstData: 3 } as const;

/** exceljs keeps a sheet's validations here; its typings do not declare it. */
interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** The most characters an Excel cell holds. */
const EXCEL_CELL_TEXT = 32_767;

/** Excel caps an input message's title at 32 characters and its text at 255. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The drop-down entries of a question in one language: each code's label, or the code itself where the label
 * would not read back as that code (two codes of the list share it, or it reads as another code's name), read
 * as the HTCDS reader reads it under `profile` (whose national codes the question may offer).
 */
export function dropDownEntries(
  question: TemplateQuestion,
  lang: Locale,
  profile?: Profile,
): readonly string[] {
  const decode = profileDecoder(profile);
  const counts = new Map<string, number>();
  for (const choice of question.choices) {
    const label = choice.labels[lang].trim();
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return question.choices.map((choice) => {
    const label = choice.labels[lang].trim();
    const readsBack = question.codeList !== undefined && decode(question.codeList, label) === choice.code;
    return label !== "" && counts.get(label) === 1 && readsBack ? label : choice.code;
  });
}

function inputMessage(question: TemplateQuestion, lang: Locale, texts: TemplateTexts): string {
  const how =
    question.kind === "code"
      ? question.many
        ? texts.pickMany
        : texts.pickOne
      : question.kind === "date"
        ? texts.dateHint
        : question.kind === "partialDate"
          ? texts.partialDateHint
          : question.kind === "integer"
            ? texts.wholeNumber
            : question.kind === "number"
              ? texts.number
              : question.kind === "boolean"
                ? `${texts.yes} = yes, ${texts.no} = no`
                : "";
  return [how, question.hints[lang]].filter(Boolean).join(" ");
}

/**
 * The data validation of a question's column. Free text without a length limit gets a length check no text
 * reaches (Excel's cell limit), so that it still shows its input message.
 */
function validationOf(
  question: TemplateQuestion,
  listRange: string | undefined,
  base: Pick<ExcelJS.DataValidation, "showInputMessage" | "promptTitle" | "prompt" | "error" | "errorTitle">,
): ExcelJS.DataValidation {
  const shown = { ...base, allowBlank: true, showErrorMessage: true };
  const between = (type: "whole" | "decimal") =>
    question.minimum !== undefined && question.maximum !== undefined
      ? { type, operator: "between" as const, formulae: [question.minimum, question.maximum] }
      : question.minimum !== undefined
        ? { type, operator: "greaterThanOrEqual" as const, formulae: [question.minimum] }
        : {
            type,
            operator: "lessThanOrEqual" as const,
            formulae: [question.maximum ?? Number.MAX_SAFE_INTEGER],
          };
  switch (question.kind) {
    case "code":
      // A column of several values takes typed lists (`a; b`): Excel warns instead of refusing them.
      return {
        ...shown,
        type: "list",
        formulae: [listRange as string],
        errorStyle: question.many ? "information" : "stop",
      };
    case "boolean":
      return { ...shown, type: "list", formulae: ['"yes,no"'], errorStyle: "stop" };
    case "integer":
      return { ...shown, ...between("whole"), errorStyle: "stop" };
    case "number":
      return { ...shown, ...between("decimal"), errorStyle: "stop" };
    case "date":
      return {
        ...shown,
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        errorStyle: "stop",
      };
    default:
      return {
        ...shown,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [question.maxLength ?? EXCEL_CELL_TEXT],
        errorStyle: "stop",
      };
  }
}

/**
 * Writes an Excel workbook to collect case data in, made from the model: one column per HTCDS field the model
 * maps, titled in the chosen language (row 1) over the HTCDS field names (row 2, hidden: the row a reader
 * needs), with drop-down lists of each code list's labels, an input message (how to fill it, what it means) and
 * data validation (bounds, dates, text lengths) on every data row. Filled in, it reads back with
 * `readHtcds(bytes, { format: "xlsx" })`. With a profile, its code-list restrictions apply.
 */
export async function writeXlsxTemplate(options: XlsxTemplateOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? "en";
  const texts = TEMPLATE_TEXTS[lang];
  const rows = options.rows ?? 1000;
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > 100_000)
    throw new RangeError("writeXlsxTemplate: rows must be a whole number from 1 to 100000");
  const questions = templateQuestions(options);
  const book = new (await loadExcelJs()).Workbook();
  const data = book.addWorksheet(XLSX_TEMPLATE_SHEETS.data, {
    views: [{ state: "frozen", ySplit: XLSX_TEMPLATE_ROWS.names }],
  });
  const lists = book.addWorksheet(XLSX_TEMPLATE_SHEETS.lists, { state: "hidden" });
  const readMe = book.addWorksheet(XLSX_TEMPLATE_SHEETS.readMe);
  readMe.getCell("A1").value = texts.formTitle;
  readMe.getCell("A1").font = { bold: true };
  readMe.getCell("A2").value = texts.readMeText;
  readMe.getColumn(1).width = 120;
  readMe.getCell("A2").alignment = { wrapText: true, vertical: "top" };
  const listColumns = new Map<string, string>();
  const last = XLSX_TEMPLATE_ROWS.firstData + rows - 1;
  const validations = (data as unknown as { dataValidations: DataValidations }).dataValidations;
  questions.forEach((question, index) => {
    const letter = columnLetters(index + 1);
    data.getCell(`${letter}${XLSX_TEMPLATE_ROWS.titles}`).value = question.labels[lang];
    data.getCell(`${letter}${XLSX_TEMPLATE_ROWS.names}`).value = question.name;
    data.getColumn(index + 1).width = Math.min(40, Math.max(14, question.labels[lang].length + 2));
    let listRange: string | undefined;
    if (question.kind === "code") {
      const key = `${question.codeList}`;
      let listLetter = listColumns.get(key);
      if (listLetter === undefined) {
        listLetter = columnLetters(listColumns.size + 1);
        listColumns.set(key, listLetter);
        dropDownEntries(question, lang, options.profile).forEach((entry, row) => {
          lists.getCell(`${listLetter}${row + 1}`).value = entry;
        });
      }
      listRange = `'${XLSX_TEMPLATE_SHEETS.lists}'!$${listLetter}$1:$${listLetter}$${Math.max(1, question.choices.length)}`;
    }
    const validation = validationOf(question, listRange, {
      showInputMessage: true,
      promptTitle: cut(question.labels[lang], 32),
      prompt: cut(inputMessage(question, lang, texts), 255),
      errorTitle: cut(question.labels[lang], 32),
      error: cut(texts.refused, 255),
    });
    validations.add(`${letter}${XLSX_TEMPLATE_ROWS.firstData}:${letter}${last}`, validation);
  });
  data.getRow(XLSX_TEMPLATE_ROWS.titles).font = { bold: true };
  data.getRow(XLSX_TEMPLATE_ROWS.titles).alignment = { wrapText: true, vertical: "top" };
  data.getRow(XLSX_TEMPLATE_ROWS.names).hidden = true;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
