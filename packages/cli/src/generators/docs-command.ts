import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderSite, SITE_GENERATOR } from "@tip/site";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { parseLangs, reasonOf, resolvePath } from "../generators/parse-options.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { outputPathOf, type RawOutputOptions } from "../output/output-option.js";
import { writeFolderOutput } from "../output/write-folder.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors, writeUsageErrors } from "../write-error.js";

/** The options of `tip docs` as commander hands them over. */
export interface RawDocsOptions extends RawOutputOptions {
  readonly lang?: string;
  readonly profile?: string;
}

/** Runs `tip docs` (registered in `commands/docs.ts`); resolves to its exit code. */
export async function docsCommand(raw: RawDocsOptions, ctx: CliContext): Promise<number> {
  const messages = ctx.messages.generators;
  const errors: string[] = [];
  const output = outputPathOf(raw);
  if (output === undefined)
    errors.push(ctx.messages.format(messages.errors.missingOption, { option: "--output" }));
  const langs = parseLangs(raw.lang ?? "all", ctx);
  if (!langs.ok) errors.push(langs.error);
  if (errors.length > 0 || output === undefined || !langs.ok) {
    return writeUsageErrors(ctx.io, ctx.messages, errors, "tip docs");
  }
  const loaded = await loadCliProfile(raw.profile, ctx, ctx.messages, ctx.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, ctx.messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const outDir = resolvePath(output, ctx);
  try {
    const profile = loaded.profile;
    const site = renderSite({ outDir, langs: langs.value, ...(profile === undefined ? {} : { profile }) });
    await writeFolderOutput(
      { option: "--output", path: outDir },
      site.files,
      { owned: site.owned, mark: { file: "index.html", text: SITE_GENERATOR }, inputs: [schemaPackageDir()] },
      ctx.io,
    );
    const entry = join(outDir, "index.html");
    ctx.io.stdout.write(
      `${ctx.messages.format(messages.docs.written, { langs: site.langs.join(", "), entry })}\n`,
    );
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof OutputError) {
      writeErrors(ctx.io, ctx.messages, [describeOutputError(error, ctx.messages)]);
      return EXIT_CODES.usage;
    }
    const reason = reasonOf(error, ctx);
    writeErrors(ctx.io, ctx.messages, [
      ctx.messages.format(messages.errors.unwritable, { file: outDir, reason }),
    ]);
    return EXIT_CODES.usage;
  }
}

/** The installed @tip/schema, whose JSON Schemas the site reads and copies: never a place to write the site. */
function schemaPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@tip/schema/package.json"));
}
