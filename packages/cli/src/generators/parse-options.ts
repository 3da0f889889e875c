import { isAbsolute, resolve } from "node:path";
import { CODE_LISTS, isFormerCountry, isLocale, LOCALES, type Locale } from "@tip/schema";
import type { CliContext } from "../context.js";

/** A checked option value, or the localised usage error. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });

/** A whole number of 0 or more written in decimal digits. */
export function parseCount(raw: string, option: string, ctx: CliContext): Parsed<number> {
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(value)) return ok(value);
  return fail(ctx.messages.format(ctx.messages.generators.errors.badCount, { option, value: raw }));
}

/** A share from 0 to 1. */
export function parseRate(raw: string, option: string, ctx: CliContext): Parsed<number> {
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= 0 && value <= 1) return ok(value);
  return fail(ctx.messages.format(ctx.messages.generators.errors.badRate, { option, value: raw }));
}

/** An ISO 3166-1 alpha-2 code of a real country (not the `XX` of an unknown one); lower case is accepted. */
export function parseCountry(raw: string, ctx: CliContext): Parsed<string> {
  const code = raw.toUpperCase();
  if (CODE_LISTS.country.has(code) && code !== "XX" && !isFormerCountry(code)) return ok(code);
  return fail(ctx.messages.format(ctx.messages.generators.errors.badCountry, { value: raw }));
}

/** `all` (every language) or a comma-separated list of supported languages. */
export function parseLangs(raw: string, ctx: CliContext): Parsed<readonly Locale[]> {
  if (raw === "all") return ok(LOCALES);
  const langs = [...new Set(raw.split(",").map((lang) => lang.trim()))];
  const wrong = langs.find((lang) => !isLocale(lang));
  if (wrong === undefined && langs.length > 0) return ok(langs as Locale[]);
  const choices = [...LOCALES, "all"].join(", ");
  return fail(
    ctx.messages.format(ctx.messages.errors.badChoice, { option: "--lang", value: wrong ?? raw, choices }),
  );
}

/** A path given on the command line, resolved against the run's working folder. */
export function resolvePath(path: string, ctx: CliContext): string {
  return isAbsolute(path) ? path : resolve(ctx.io.cwd ?? process.cwd(), path);
}

/** The localised reason of a failed file operation: its system error code, never its message. */
export function reasonOf(error: unknown, ctx: CliContext): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const reasons = ctx.messages.reasons as Readonly<Record<string, string>>;
  return reasons[code] ?? ctx.messages.format(ctx.messages.reasons.other, { code: code || "?" });
}
