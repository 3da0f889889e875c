import { mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Profile, toProfileJsonSchemas } from "@tip/schema";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { reasonOf, resolvePath } from "../generators/parse-options.js";
import { writeWholeOutput } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { outputPathOf, type RawOutputOptions } from "../output/output-option.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors } from "../write-error.js";

/** The options of `tip schema` as commander hands them over. */
export interface RawSchemaOptions extends RawOutputOptions {
  readonly profile?: string;
}

/** Runs `tip schema` (registered in `commands/schema.ts`); resolves to its exit code. */
export async function schemaCommand(raw: RawSchemaOptions, ctx: CliContext): Promise<number> {
  const messages = ctx.messages.generators;
  const loaded = await loadCliProfile(raw.profile, ctx, ctx.messages, ctx.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, ctx.messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const outDir = resolvePath(outputPathOf(raw) ?? ".", ctx);
  try {
    const files = await schemaFiles(loaded.profile);
    await mkdir(outDir, { recursive: true });
    for (const [name, content] of files) {
      await writeWholeOutput({ option: "--output", path: join(outDir, name) }, content, ctx.io);
    }
    const written =
      loaded.profile === undefined
        ? ctx.messages.format(messages.schema.written, { count: files.size, dir: outDir })
        : ctx.messages.format(messages.schema.writtenProfile, {
            count: files.size,
            profile: loaded.profile.id,
            dir: outDir,
          });
    ctx.io.stdout.write(`${written}\n`);
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

/**
 * The files to write, by name: the published JSON Schema files, byte for byte, or those of the records under
 * `profile`, made from them.
 */
async function schemaFiles(profile: Profile | undefined): Promise<Map<string, Uint8Array>> {
  const sourceDir = publishedSchemaDir();
  const names = (await readdir(sourceDir)).filter((name) => name.endsWith(".schema.json")).sort();
  const published = new Map<string, Uint8Array>();
  for (const name of names) published.set(name, new Uint8Array(await readFile(join(sourceDir, name))));
  if (profile === undefined) return published;
  const decoder = new TextDecoder();
  const core = Object.fromEntries(
    [...published].map(([name, bytes]) => [name, JSON.parse(decoder.decode(bytes)) as object]),
  );
  const encoder = new TextEncoder();
  const schemas = toProfileJsonSchemas(core, profile);
  return new Map(names.map((name) => [name, encoder.encode(`${JSON.stringify(schemas[name], null, 2)}\n`)]));
}

/** The `json-schema` folder of the installed @tip/schema: the committed, published files. */
function publishedSchemaDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@tip/schema/package.json")), "json-schema");
}
