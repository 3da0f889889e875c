import { isLocale, LOCALES, type Locale } from "@tip/schema";
import type { CliContext } from "../context.js";
import type { PrivacyCliMessages } from "../messages/privacy-messages.js";

/** Collects the localised usage errors of one command line. */
export class UsageErrors {
  readonly list: string[] = [];
  constructor(private readonly ctx: CliContext) {}

  get texts(): PrivacyCliMessages {
    return this.ctx.messages.privacy;
  }

  /** A value outside its choices (commander's own wording, localised). */
  badChoice(option: string, value: string, choices: readonly string[]): void {
    this.list.push(
      this.ctx.messages.format(this.ctx.messages.errors.badChoice, {
        option,
        value,
        choices: choices.join(", "),
      }),
    );
  }

  add(template: string, params: Readonly<Record<string, string | number>> = {}): void {
    this.list.push(this.ctx.messages.format(template, params));
  }

  /** The language of the run: `--lang` when valid (else an error), the detected one otherwise. */
  lang(value: string | undefined): Locale {
    if (value === undefined) return this.ctx.lang;
    if (isLocale(value)) return value;
    this.badChoice("--lang", value, LOCALES);
    return this.ctx.lang;
  }

  /** A whole number of at least `min`, or the default; else an error. */
  count(option: string, value: string | undefined, fallback: number, min: number): number {
    if (value === undefined) return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(parsed) && parsed >= min) return parsed;
    this.add(this.texts.errors.badCount, { option, value, min });
    return fallback;
  }

  /** A required option's value, or an error. */
  required(option: string, value: string | undefined): string {
    if (value === undefined || value === "") this.add(this.texts.errors.missingOption, { option });
    return value ?? "";
  }
}

/** A comma-separated list, without empty items. */
export function listOption(value: string | undefined): string[] | undefined {
  return value
    ?.split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
