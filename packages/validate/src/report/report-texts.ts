import { formatIcu, type MessageParams, type Severity } from "@tip/schema";
import type { Lang } from "../shared/lang.js";

/**
 * The texts of a text report in one language: the package's catalogue, one per language below, in ICU
 * MessageFormat (rendered by `formatIcu` of @tip/schema).
 */
export interface ReportTexts {
  readonly locale: Lang;
  /** A count: `{count, number}` groups its digits the language's way. */
  readonly count: string;
  readonly title: string;
  readonly records: string;
  readonly valid: string;
  readonly invalid: string;
  readonly skipped: string;
  readonly byRecordType: string;
  readonly issues: string;
  readonly noIssues: string;
  readonly more: string;
  readonly truncated: string;
  readonly line: string;
  readonly column: string;
  readonly record: string;
  readonly severity: Readonly<Record<Severity, string>>;
}

const en: ReportTexts = {
  locale: "en",
  count: "{count, number}",
  title: "Validation report",
  records: "Records",
  valid: "valid",
  invalid: "invalid",
  skipped: "skipped",
  byRecordType: "By record type",
  issues: "Issues",
  noIssues: "No issues found.",
  more: "… and {count, number} more",
  truncated:
    "Only {count, plural, =1 {the first issue was} other {the first # issues were}} kept; the counts above include all of them.",
  line: "line",
  column: "column",
  record: "record",
  severity: { error: "error", warning: "warning", info: "info" },
};

const es: ReportTexts = {
  locale: "es",
  count: "{count, number}",
  title: "Informe de validación",
  records: "Registros",
  valid: "válidos",
  invalid: "no válidos",
  skipped: "omitidos",
  byRecordType: "Por tipo de registro",
  issues: "Problemas",
  noIssues: "No se encontraron problemas.",
  more: "… y {count, number} más",
  truncated:
    "Solo se {count, plural, =1 {conservó el primer problema} other {conservaron los primeros # problemas}}; los totales anteriores los incluyen todos.",
  line: "línea",
  column: "columna",
  record: "registro",
  severity: { error: "error", warning: "advertencia", info: "información" },
};

const fr: ReportTexts = {
  locale: "fr",
  count: "{count, number}",
  title: "Rapport de validation",
  records: "Enregistrements",
  valid: "valides",
  invalid: "non valides",
  skipped: "ignorés",
  byRecordType: "Par type d'enregistrement",
  issues: "Problèmes",
  noIssues: "Aucun problème détecté.",
  more: "… et {count, number} de plus",
  truncated:
    "{count, plural, =1 {Seul le premier problème a été conservé} other {Seuls les # premiers problèmes ont été conservés}} ; les totaux ci-dessus les comptent tous.",
  line: "ligne",
  column: "colonne",
  record: "enregistrement",
  severity: { error: "erreur", warning: "avertissement", info: "information" },
};

const pt: ReportTexts = {
  locale: "pt",
  count: "{count, number}",
  title: "Relatório de validação",
  records: "Registros",
  valid: "válidos",
  invalid: "inválidos",
  skipped: "ignorados",
  byRecordType: "Por tipo de registro",
  issues: "Problemas",
  noIssues: "Nenhum problema encontrado.",
  more: "… e mais {count, number}",
  truncated:
    "{count, plural, =1 {Só o primeiro problema foi mantido} other {Só os primeiros # problemas foram mantidos}}; os totais acima incluem todos.",
  line: "linha",
  column: "coluna",
  record: "registro",
  severity: { error: "erro", warning: "aviso", info: "informação" },
};

/** The texts of text reports in each language. */
export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { en, es, fr, pt };

/** Renders a text of `texts` in their language. */
export function say(texts: ReportTexts, template: string, params: MessageParams): string {
  return formatIcu(texts.locale, template, params);
}
