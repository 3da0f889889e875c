import { stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { type ConvertInput, convert, type FlatCsvEntity } from "@tip/convert";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { type Output, openOutput, targetPath } from "../output/open-output.js";
import { checkDistinctFiles, type RunFile } from "../output/same-file.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";
import { convertErrorText } from "./input-error.js";
import { parseConvertOptions, type RawConvertOptions } from "./options.js";
import { otherTypePath } from "./other-type-path.js";
import { reportJson } from "./report-file.js";
import { summaryLines } from "./summary.js";

/**
 * The action of `tip convert`: checks the options and that no output is an input, then runs `@tip/convert`'s
 * `convert` into outputs that appear only once complete, and prints where every record went. `input` is a
 * file or `-` for standard input; undefined when none was given and standard input is a terminal.
 */
export async function convertCommand(
  input: string | undefined,
  raw: RawConvertOptions,
  ctx: CliContext,
): Promise<number> {
  const texts = ctx.messages.convert;
  const parsed = parseConvertOptions(raw, ctx, texts);
  if (!parsed.ok || input === undefined) {
    const missing = ctx.messages.format(ctx.messages.errors.missingArgument, { token: "input" });
    return writeUsageErrors(ctx.io, ctx.messages, parsed.ok ? [missing] : parsed.errors, "tip convert");
  }
  const options = parsed.options;
  const loaded = await loadCliProfile(options.profile, ctx, ctx.messages, ctx.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, ctx.messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const profile = loaded.profile;
  const fromStdin = input === "-";
  const inputPath = fromStdin ? undefined : resolve(ctx.io.cwd ?? process.cwd(), input);
  const outputs: Output[] = [];
  try {
    const mainPath = targetPath({ option: "-o", path: options.output }, ctx.io);
    const split = options.to === "csv" && mainPath !== undefined && (await isRegularOrNew(mainPath));
    const reportPath = targetPath({ option: "--report", path: options.report }, ctx.io);
    const files: RunFile[] = [
      { role: { input: true }, path: inputPath, writes: false },
      { role: { option: "-o" }, path: mainPath, writes: true },
      { role: { option: "--report" }, path: reportPath, writes: true },
    ];
    await refuseSameFiles(files);
    const workbookOut = mainPath !== undefined && extname(mainPath).toLowerCase() === ".xlsx";
    const mainOutput = await openOutput({ option: "-o", path: options.output }, ctx.io);
    outputs.push(mainOutput);
    const otherFiles: string[] = [];
    const source: ConvertInput =
      inputPath === undefined
        ? { stream: ctx.io.stdin ?? [] }
        : { path: inputPath, idSeed: basename(inputPath) };
    const outcome = await convert(source, mainOutput, {
      ...(options.from !== undefined && { from: options.from }),
      to: options.to,
      ...(options.entity !== undefined && { entity: options.entity }),
      htcdsOutput: workbookOut ? "xlsx" : "csv",
      glotipOutput: workbookOut ? "xlsx" : "csv",
      ...(options.encoding !== undefined && { encoding: options.encoding }),
      ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
      ...(profile !== undefined && { profile }),
      ...(split &&
        mainPath !== undefined && {
          openOtherType: async (type: FlatCsvEntity) => {
            const path = otherTypePath(mainPath, type);
            await refuseSameFiles([...files, { role: { option: "-o" }, path, writes: true }]);
            const output = await openOutput({ option: "-o", path }, ctx.io);
            outputs.push(output);
            otherFiles.push(basename(path));
            return output;
          },
        }),
    });
    if (options.report !== undefined) {
      const output = await openOutput({ option: "--report", path: options.report }, ctx.io);
      outputs.push(output);
      await output.write(reportJson(outcome, profile));
    }
    for (const output of outputs) await output.commit();
    const lines = summaryLines(outcome.summary, ctx.messages, texts, {
      otherFiles,
      suggestSplit: options.to === "csv" && !split,
      reportWritten: options.report !== undefined,
    });
    writeLines(ctx.io.stderr, lines);
    return outcome.summary.ok ? EXIT_CODES.ok : EXIT_CODES.invalid;
  } catch (error) {
    for (const output of outputs) await output.abort();
    const file = fromStdin ? texts.standardInput : input;
    const text = convertErrorText(error, file, ctx.messages, texts);
    if (text === undefined) throw error;
    writeErrors(ctx.io, ctx.messages, [text]);
    return EXIT_CODES.usage;
  }
}

/** Whether a path is a regular file or does not exist yet (devices and pipes get no files beside them). */
async function isRegularOrNew(path: string): Promise<boolean> {
  const stats = await stat(path).catch(() => undefined);
  return stats === undefined || stats.isFile();
}

/**
 * Refuses outputs that are the input or each other; the files beside `-o` of other record types are checked
 * as each is opened (the main record type may be known only once the input is read).
 */
async function refuseSameFiles(files: readonly RunFile[]): Promise<void> {
  const clash = await checkDistinctFiles(files);
  if (clash !== undefined) throw clash;
}
