import type { Severity } from "@tip/schema";
import type { Lang } from "../shared/lang.js";

/** The numbers of a text report in one language; `{count}`-like placeholders are filled in by the report. */
export interface ReportTexts {
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
  title: "Validation report",
  records: "Records",
  valid: "valid",
  invalid: "invalid",
  skipped: "skipped",
  byRecordType: "By record type",
  issues: "Issues",
  noIssues: "No issues found.",
  more: "… and {count} more",
  truncated: "Only the first {count} issues were kept; the counts above include all of them.",
  line: "line",
  column: "column",
  record: "record",
  severity: { error: "error", warning: "warning", info: "info" },
};

const es: ReportTexts = {
  title: "Informe de validación",
  records: "Registros",
  valid: "válidos",
  invalid: "no válidos",
  skipped: "omitidos",
  byRecordType: "Por tipo de registro",
  issues: "Problemas",
  noIssues: "No se encontraron problemas.",
  more: "… y {count} más",
  truncated: "Solo se conservaron los primeros {count} problemas; los totales anteriores los incluyen todos.",
  line: "línea",
  column: "columna",
  record: "registro",
  severity: { error: "error", warning: "advertencia", info: "información" },
};

const fr: ReportTexts = {
  title: "Rapport de validation",
  records: "Enregistrements",
  valid: "valides",
  invalid: "non valides",
  skipped: "ignorés",
  byRecordType: "Par type d'enregistrement",
  issues: "Problèmes",
  noIssues: "Aucun problème détecté.",
  more: "… et {count} de plus",
  truncated:
    "Seuls les {count} premiers problèmes ont été conservés ; les totaux ci-dessus les comptent tous.",
  line: "ligne",
  column: "colonne",
  record: "enregistrement",
  severity: { error: "erreur", warning: "avertissement", info: "information" },
};

const pt: ReportTexts = {
  title: "Relatório de validação",
  records: "Registros",
  valid: "válidos",
  invalid: "inválidos",
  skipped: "ignorados",
  byRecordType: "Por tipo de registro",
  issues: "Problemas",
  noIssues: "Nenhum problema encontrado.",
  more: "… e mais {count}",
  truncated: "Só os primeiros {count} problemas foram mantidos; os totais acima incluem todos.",
  line: "linha",
  column: "coluna",
  record: "registro",
  severity: { error: "erro", warning: "aviso", info: "informação" },
};

/** The numbers of text reports in each language. */
export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { en, es, fr, pt };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
