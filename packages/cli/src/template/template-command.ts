import { writeXlsformTemplate, writeXlsxTemplate, XlsxLibraryMissingError } from "@tip/convert/xlsx";
import { isLocale, LOCALES, type Locale } from "@tip/schema";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { reasonOf, resolvePath } from "../generators/parse-options.js";
import { targetPath, writeWholeOutput } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { checkDistinctFiles } from "../output/same-file.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors, writeUsageErrors } from "../write-error.js";

/** The template formats `tip template` writes. */
export const TEMPLATE_FORMATS = ["xlsform", "xlsx"] as const;

/** The options of `tip template` as commander hands them over. */
export interface RawTemplateOptions {
  readonly format?: string;
  readonly lang?: string;
  readonly output?: string;
  readonly profile?: string;
}

/** Runs `tip template` (registered in `commands/template.ts`); resolves to its exit code. */
export async function templateCommand(raw: RawTemplateOptions, ctx: CliContext): Promise<number> {
  const texts = ctx.messages.template;
  const errors: string[] = [];
  const format = TEMPLATE_FORMATS.find((known) => known === raw.format);
  if (raw.format === undefined) errors.push(ctx.messages.format(texts.missingOption, { option: "--format" }));
  else if (format === undefined)
    errors.push(
      ctx.messages.format(texts.badFormat, { value: raw.format, formats: TEMPLATE_FORMATS.join(", ") }),
    );
  if (raw.lang !== undefined && !isLocale(raw.lang))
    errors.push(ctx.messages.format(texts.badLang, { value: raw.lang, langs: LOCALES.join(", ") }));
  if (raw.output === undefined || raw.output === "-")
    errors.push(ctx.messages.format(texts.missingOption, { option: "-o, --output" }));
  if (errors.length > 0 || format === undefined || raw.output === undefined) {
    return writeUsageErrors(ctx.io, ctx.messages, errors, "tip template");
  }
  const lang: Locale = raw.lang !== undefined && isLocale(raw.lang) ? raw.lang : ctx.lang;
  const loaded = await loadCliProfile(raw.profile, ctx, ctx.messages, ctx.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, ctx.messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const target = { option: "-o", path: raw.output };
  const file = targetPath(target, ctx.io) as string;
  try {
    // A profile given as a file is an input: the template must never be written over it.
    const profileFile =
      loaded.profile === undefined || raw.profile === undefined || raw.profile === loaded.profile.id
        ? undefined
        : resolvePath(raw.profile, ctx);
    const clash = await checkDistinctFiles([
      { role: { input: true }, path: profileFile, writes: false },
      { role: { option: "-o" }, path: file, writes: true },
    ]);
    if (clash) throw clash;
    const options = { lang, ...(loaded.profile === undefined ? {} : { profile: loaded.profile }) };
    const bytes =
      format === "xlsform" ? await writeXlsformTemplate(options) : await writeXlsxTemplate(options);
    await writeWholeOutput(target, bytes, ctx.io);
    const written =
      loaded.profile === undefined
        ? ctx.messages.format(texts.written, { format, lang, file })
        : ctx.messages.format(texts.writtenProfile, { format, lang, profile: loaded.profile.id, file });
    ctx.io.stdout.write(`${written}\n`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof OutputError) {
      writeErrors(ctx.io, ctx.messages, [describeOutputError(error, ctx.messages)]);
      return EXIT_CODES.usage;
    }
    if (error instanceof XlsxLibraryMissingError) {
      writeErrors(ctx.io, ctx.messages, [error.messageIn(ctx.lang)]);
      return EXIT_CODES.usage;
    }
    const reason = reasonOf(error, ctx);
    writeErrors(ctx.io, ctx.messages, [
      ctx.messages.format(ctx.messages.output.unwritable, { option: "-o", reason }),
    ]);
    return EXIT_CODES.usage;
  }
}
