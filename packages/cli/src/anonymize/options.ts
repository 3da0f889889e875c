import { DEFAULT_K, DEFAULT_QUASI, kAnonymity } from "@tip/privacy";
import type { Locale } from "@tip/schema";
import type { CliContext } from "../context.js";
import { listOption, UsageErrors } from "../privacy/options.js";

/** The options of `tip anonymize` as commander hands them over. */
export interface RawAnonymizeOptions {
  readonly keyFile?: string;
  readonly k?: string;
  readonly quasi?: string;
  readonly output?: string;
  readonly lang?: string;
}

/** The checked options of `tip anonymize`. */
export interface AnonymizeCliOptions {
  readonly keyFile: string;
  readonly k: number;
  readonly quasi: readonly string[];
  readonly output?: string;
  readonly lang: Locale;
}

/** Checks the options; every wrong one gets a message in the run's language. */
export function parseAnonymizeOptions(
  raw: RawAnonymizeOptions,
  ctx: CliContext,
): { ok: true; options: AnonymizeCliOptions } | { ok: false; errors: readonly string[] } {
  const errors = new UsageErrors(ctx);
  const keyFile = errors.required("--key-file", raw.keyFile);
  const k = errors.count("--k", raw.k, DEFAULT_K, 1);
  const quasi = listOption(raw.quasi) ?? DEFAULT_QUASI;
  for (const field of quasi) {
    try {
      kAnonymity([], { quasi: [field] });
    } catch {
      errors.add(errors.texts.errors.badQuasi, { option: "--quasi", value: field });
    }
  }
  const lang = errors.lang(raw.lang);
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  return { ok: true, options: { keyFile, k, quasi, output: raw.output, lang } };
}
