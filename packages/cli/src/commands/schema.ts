import { mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { GENERATOR_MESSAGES } from "../generators/messages.js";
import { reasonOf, resolvePath } from "../generators/parse-options.js";
import { formatCli } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { writeErrors } from "../write-error.js";

/** The options of `tip schema` as commander hands them over. */
interface RawSchemaOptions {
  readonly out?: string;
}

/**
 * `tip schema [--out dir]`: writes the JSON Schema of every record type, exactly as @tip/schema publishes them.
 * Exit 0 written, 2 folder not writable.
 */
export function registerSchema(program: Command, ctx: CliContext): void {
  const texts = GENERATOR_MESSAGES[ctx.lang].schema;
  program
    .command("schema")
    .description(texts.description)
    .option("--out <dir>", texts.out)
    .action(async (raw: RawSchemaOptions) => {
      ctx.exitCode = await schemaCommand(raw, ctx);
    });
}

async function schemaCommand(raw: RawSchemaOptions, ctx: CliContext): Promise<number> {
  const messages = GENERATOR_MESSAGES[ctx.lang];
  const outDir = resolvePath(raw.out ?? ".", ctx);
  const sourceDir = publishedSchemaDir();
  try {
    const names = (await readdir(sourceDir)).filter((name) => name.endsWith(".schema.json")).sort();
    await mkdir(outDir, { recursive: true });
    for (const name of names) {
      const content = await readFile(join(sourceDir, name));
      await writeWholeOutput({ option: "--out", path: join(outDir, name) }, new Uint8Array(content), ctx.io);
    }
    ctx.io.stdout.write(`${formatCli(messages.schema.written, { count: names.length, dir: outDir })}\n`);
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof OutputError) {
      writeErrors(ctx.io, ctx.messages, [describeOutputError(error, ctx.messages)]);
      return EXIT_CODES.usage;
    }
    const reason = reasonOf(error, ctx);
    writeErrors(ctx.io, ctx.messages, [formatCli(messages.errors.unwritable, { file: outDir, reason })]);
    return EXIT_CODES.usage;
  }
}

/** The `json-schema` folder of the installed @tip/schema: the committed, published files. */
function publishedSchemaDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@tip/schema/package.json")), "json-schema");
}
