import { LOCALES, type Locale, SCHEMA_VERSION } from "@tip/schema";
import { loadExcelJs } from "../io/xlsx/load-exceljs.js";
import {
  recordTypeLabels,
  type TemplateOptions,
  type TemplateQuestion,
  templateQuestions,
} from "./template-questions.js";
import { TEMPLATE_TEXTS } from "./template-texts.js";

/** Options of `writeXlsformTemplate`. */
export interface XlsformTemplateOptions extends TemplateOptions {
  /** The form's default language (its labels are in all four). Default `en`. */
  readonly lang?: Locale;
}

/** The choice list of yes / no questions. */
const YES_NO = "yes_no";

/** `label::English (en)`: the XLSForm column of a text in one language. */
const column = (kind: "label" | "hint", locale: Locale) =>
  `${kind}::${TEMPLATE_TEXTS[locale].language} (${locale})`;

/** The XLSForm type of a question. */
function typeOf(question: TemplateQuestion): string {
  switch (question.kind) {
    case "code":
      return `${question.many ? "select_multiple" : "select_one"} ${question.codeList}`;
    case "boolean":
      return `select_one ${YES_NO}`;
    case "integer":
      return "integer";
    case "number":
      return "decimal";
    case "date":
      return "date";
    default:
      return "text";
  }
}

/** The XLSForm constraint of a question: its bounds, a partial date's shape, a text's length. */
function constraintOf(question: TemplateQuestion): string {
  const parts: string[] = [];
  if (question.kind === "partialDate") parts.push("regex(., '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')");
  if (question.minimum !== undefined) parts.push(`. >= ${question.minimum}`);
  if (question.maximum !== undefined) parts.push(`. <= ${question.maximum}`);
  if (question.maxLength !== undefined && question.kind === "text")
    parts.push(`string-length(.) <= ${question.maxLength}`);
  return parts.join(" and ");
}

/** The XLSForm relevance of a question: `selected(${vic_TypeOfExploitation}, 'sexual_exploitation') or ...`. */
function relevantOf(question: TemplateQuestion): string {
  const relevance = question.relevance;
  if (relevance === undefined) return "";
  return relevance.codes.map((code) => `selected(\${${relevance.name}}, '${code}')`).join(" or ");
}

/** Keeps one text per cell: XLSForm cells hold plain text, and line breaks would split a label. */
const plain = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Writes an XLSForm questionnaire (survey, choices and settings sheets) for KoboToolbox and ODK, made from the
 * model: one question per HTCDS field the model maps, grouped by record, with labels and hints in English,
 * Spanish, French and Portuguese, every code list as a choice list (codes as choice names), numeric bounds and
 * text lengths as constraints, and rules that make a field apply only to some forms of exploitation as
 * relevance. Question names are HTCDS field names, so submissions exported as JSON or CSV read back with
 * `readHtcds(..., { format: "xlsform-json" | "xlsform-csv" })`. With a profile, its required fields are
 * required, its code-list restrictions apply and the national codes it adds are choices with its labels (read
 * back with `readHtcds(..., { profile })`).
 */
export async function writeXlsformTemplate(options: XlsformTemplateOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? "en";
  const questions = templateQuestions(options);
  const book = new (await loadExcelJs()).Workbook();
  const survey = book.addWorksheet("survey");
  const choices = book.addWorksheet("choices");
  const settings = book.addWorksheet("settings");
  const labelColumns = LOCALES.map((locale) => column("label", locale));
  const hintColumns = LOCALES.map((locale) => column("hint", locale));
  survey.addRow(["type", "name", ...labelColumns, ...hintColumns, "required", "constraint", "relevant"]);
  let group: string | undefined;
  for (const question of questions) {
    if (question.recordType !== group) {
      if (group !== undefined) survey.addRow(["end_group", group]);
      group = question.recordType;
      survey.addRow([
        "begin_group",
        group,
        ...LOCALES.map((locale) => plain(recordTypeLabels(question.recordType)[locale])),
      ]);
    }
    survey.addRow([
      typeOf(question),
      question.name,
      ...LOCALES.map((locale) => plain(question.labels[locale])),
      ...LOCALES.map((locale) => plain(question.hints[locale])),
      question.required ? "yes" : "",
      constraintOf(question),
      relevantOf(question),
    ]);
  }
  if (group !== undefined) survey.addRow(["end_group", group]);
  choices.addRow(["list_name", "name", ...labelColumns]);
  const written = new Set<string>();
  for (const question of questions) {
    if (question.codeList === undefined || written.has(question.codeList)) continue;
    written.add(question.codeList);
    for (const choice of question.choices) {
      choices.addRow([
        question.codeList,
        choice.code,
        ...LOCALES.map((locale) => plain(choice.labels[locale])),
      ]);
    }
  }
  choices.addRow([YES_NO, "yes", ...LOCALES.map((locale) => TEMPLATE_TEXTS[locale].yes)]);
  choices.addRow([YES_NO, "no", ...LOCALES.map((locale) => TEMPLATE_TEXTS[locale].no)]);
  const profile = options.profile;
  settings.addRow(["form_title", "form_id", "version", "default_language"]);
  settings.addRow([
    profile === undefined
      ? TEMPLATE_TEXTS[lang].formTitle
      : `${TEMPLATE_TEXTS[lang].formTitle} (${profile.id})`,
    profile === undefined
      ? "tip_case_record"
      : `tip_case_record_${profile.id.replace(/[^A-Za-z0-9_]/g, "_")}`,
    SCHEMA_VERSION,
    `${TEMPLATE_TEXTS[lang].language} (${lang})`,
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
