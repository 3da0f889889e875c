import { CODE_LISTS, type Locale } from "@tip/schema";
import type { CliContext } from "../context.js";
import { UsageErrors } from "../privacy/options.js";

/** The options of `tip export` as commander hands them over. */
export interface RawExportOptions {
  readonly to?: string;
  readonly purpose?: string;
  readonly output?: string;
  readonly on?: string;
  readonly recipientCountry?: string;
  readonly lang?: string;
}

/** The checked options of `tip export`. */
export interface ExportCliOptions {
  readonly to: string;
  readonly purpose: string;
  readonly output?: string;
  readonly on?: string;
  readonly recipientCountry?: string;
  readonly lang: Locale;
}

/** Checks the options; every wrong one gets a message in the run's language. */
export function parseExportOptions(
  raw: RawExportOptions,
  ctx: CliContext,
): { ok: true; options: ExportCliOptions } | { ok: false; errors: readonly string[] } {
  const errors = new UsageErrors(ctx);
  const to = errors.required("--to", raw.to);
  const purpose = errors.required("--purpose", raw.purpose);
  const purposes = CODE_LISTS.consent_purpose;
  if (purpose !== "" && !purposes.has(purpose)) errors.badChoice("--purpose", purpose, purposes.codes);
  if (raw.on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(raw.on)) {
    errors.add(errors.texts.errors.badDate, { option: "--on", value: raw.on });
  }
  const countries = CODE_LISTS.country;
  if (raw.recipientCountry !== undefined && !countries.has(raw.recipientCountry)) {
    errors.badChoice("--recipient-country", raw.recipientCountry, ["TT", "VE", "…"]);
  }
  const lang = errors.lang(raw.lang);
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  return {
    ok: true,
    options: { to, purpose, output: raw.output, on: raw.on, recipientCountry: raw.recipientCountry, lang },
  };
}
