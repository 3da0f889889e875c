import {
  FLAT_CSV_ENTITIES,
  type FlatCsvEntity,
  FORMATS,
  type Format,
  isFlatCsvEntity,
  isFormat,
} from "@tip/convert";
import { isLocale, LOCALES } from "@tip/schema";
import { DELIMITER_NAMES_SHOWN, delimiterOf, ENCODING_NAMES, encodingOf } from "@tip/validate";
import type { CliContext } from "../context.js";
import type { ConvertCliMessages } from "../messages/convert-messages.js";

/** The options of `tip convert` as commander hands them over. */
export interface RawConvertOptions {
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  readonly output?: string;
  readonly report?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly profile?: string;
  readonly lang?: string;
}

/** The options once checked. */
export interface ConvertCliOptions {
  readonly from?: Format;
  readonly to: Format;
  readonly entity?: FlatCsvEntity;
  readonly output?: string;
  readonly report?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly profile?: string;
}

/** Checked options, or the usage errors found, in the run's language. */
export function parseConvertOptions(
  raw: RawConvertOptions,
  ctx: CliContext,
  texts: ConvertCliMessages,
): { ok: true; options: ConvertCliOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const badChoice = (option: string, value: string, choices: readonly string[]) =>
    errors.push(
      ctx.messages.format(ctx.messages.errors.badChoice, { option, value, choices: choices.join(", ") }),
    );
  if (raw.to === undefined)
    errors.push(ctx.messages.format(texts.toRequired, { formats: FORMATS.join(", ") }));
  else if (!isFormat(raw.to)) badChoice("--to", raw.to, FORMATS);
  if (raw.from !== undefined && !isFormat(raw.from)) badChoice("--from", raw.from, FORMATS);
  if (raw.entity !== undefined && !isFlatCsvEntity(raw.entity))
    badChoice("--entity", raw.entity, FLAT_CSV_ENTITIES);
  if (raw.encoding !== undefined && encodingOf(raw.encoding) === undefined)
    badChoice("--encoding", raw.encoding, ENCODING_NAMES);
  if (raw.delimiter !== undefined && delimiterOf(raw.delimiter) === undefined)
    badChoice("--delimiter", raw.delimiter, DELIMITER_NAMES_SHOWN);
  if (raw.lang !== undefined && !isLocale(raw.lang)) badChoice("--lang", raw.lang, LOCALES);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options: raw as ConvertCliOptions };
}
