import { isLocale, LOCALES, type Locale, type Profile, type RecordType, type Severity } from "@tip/schema";
import {
  type CsvDelimiter,
  DEFAULT_MAX_ISSUES,
  DELIMITER_NAMES_SHOWN,
  delimiterOf,
  ENCODING_NAMES,
  type EncodingOption,
  encodingOf,
  INPUT_FORMATS,
  type InputFormat,
  isInputFormat,
  type Workers,
} from "@tip/validate";
import type { CliContext } from "../context.js";

import { CSV_RECORD_TYPES, isCsvRecordType } from "./csv-record-types.js";

/** Report formats of `tip validate`. */
export const REPORT_FORMATS = ["text", "json"] as const;

/** Severities `--severity` takes, the worst first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The options of `tip validate` as commander hands them over: strings, checked by `parseValidateOptions`. */
export interface RawValidateOptions {
  readonly format?: string;
  readonly lang?: string;
  readonly maxIssues?: string;
  readonly inputFormat?: string;
  readonly recordType?: string;
  readonly workers?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly profile?: string;
  readonly output?: string;
  readonly severity?: string;
  readonly validOnly?: string;
}

/** The checked options of `tip validate`. */
export interface ValidateOptions {
  readonly format: (typeof REPORT_FORMATS)[number];
  readonly lang: Locale;
  readonly maxIssues: number;
  readonly inputFormat?: InputFormat;
  readonly recordType?: RecordType;
  readonly workers: Workers;
  readonly encoding: EncodingOption;
  readonly delimiter?: CsvDelimiter;
  /** `-o`: the report file; undefined or `-` for standard output. */
  readonly output?: string;
  /** `--severity`: the least severity the report lists. */
  readonly severity: Severity;
  /** `--valid-only`: the file the valid records go to. */
  readonly validOnly?: string;
  /** The loaded `--profile`, added by the command once the file is read. */
  readonly profile?: Profile;
}

/** Checked options, or the localised usage errors found. */
export type ParsedOptions =
  | { readonly ok: true; readonly options: ValidateOptions }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Checks the option values; every wrong one gets a message in the run's language. */
export function parseValidateOptions(raw: RawValidateOptions, ctx: CliContext): ParsedOptions {
  const texts = ctx.messages.errors;
  const errors: string[] = [];
  const badChoice = (option: string, value: string, choices: readonly string[]) =>
    errors.push(ctx.messages.format(texts.badChoice, { option, value, choices: choices.join(", ") }));

  const format = raw.format ?? "text";
  if (format !== "text" && format !== "json") badChoice("--format", format, REPORT_FORMATS);
  if (raw.lang !== undefined && !isLocale(raw.lang)) badChoice("--lang", raw.lang, LOCALES);
  if (raw.inputFormat !== undefined && !isInputFormat(raw.inputFormat)) {
    badChoice("--input-format", raw.inputFormat, INPUT_FORMATS);
  }
  if (raw.recordType !== undefined && !isCsvRecordType(raw.recordType)) {
    badChoice("--record-type", raw.recordType, CSV_RECORD_TYPES);
  }
  const encoding = encodingOf(raw.encoding ?? "auto");
  if (encoding === undefined) badChoice("--encoding", raw.encoding ?? "", ENCODING_NAMES);
  const delimiter = raw.delimiter === undefined ? undefined : delimiterOf(raw.delimiter);
  if (raw.delimiter !== undefined && delimiter === undefined)
    badChoice("--delimiter", raw.delimiter, DELIMITER_NAMES_SHOWN);
  const severity = raw.severity ?? "info";
  if (!(SEVERITIES as readonly string[]).includes(severity)) badChoice("--severity", severity, SEVERITIES);
  const maxIssues = raw.maxIssues === undefined ? DEFAULT_MAX_ISSUES : toCount(raw.maxIssues);
  if (maxIssues === undefined) {
    errors.push(
      ctx.messages.format(texts.badMaxIssues, { option: "--max-issues", value: raw.maxIssues ?? "" }),
    );
  }
  // A command has the machine to itself: by default it takes every core (the library's default leaves one).
  const workers =
    raw.workers === undefined || raw.workers === "all-cores"
      ? "all-cores"
      : raw.workers === "auto"
        ? "auto"
        : toCount(raw.workers);
  if (workers === undefined) {
    errors.push(ctx.messages.format(texts.badMaxIssues, { option: "--workers", value: raw.workers ?? "" }));
  }
  if (errors.length > 0 || maxIssues === undefined || workers === undefined || encoding === undefined)
    return { ok: false, errors };
  return {
    ok: true,
    options: {
      format: format as ValidateOptions["format"],
      lang: isLocale(raw.lang) ? raw.lang : ctx.lang,
      maxIssues,
      inputFormat: raw.inputFormat as InputFormat | undefined,
      recordType: raw.recordType as RecordType | undefined,
      workers,
      encoding,
      ...(delimiter !== undefined && { delimiter }),
      ...(raw.output !== undefined && { output: raw.output }),
      severity: severity as Severity,
      ...(raw.validOnly !== undefined && { validOnly: raw.validOnly }),
    },
  };
}

/** A non-negative safe integer written in decimal digits, else undefined. */
function toCount(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}
