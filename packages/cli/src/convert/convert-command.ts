import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { Readable } from "node:stream";
import {
  ConvertInputError,
  convert,
  detectFile,
  FLAT_CSV_ENTITIES,
  type FlatCsvEntity,
  FORMATS,
  type Format,
  htcdsLayoutOf,
  isFlatCsvEntity,
  isFormat,
} from "@tip/convert";
import { DELIMITER_NAMES_SHOWN, delimiterOf, ENCODING_NAMES, encodingOf } from "@tip/validate";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { formatCli } from "../messages/messages.js";
import { type Output, openOutput, targetPath } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { checkDistinctFiles, type RunFile } from "../output/same-file.js";
import { loadCliProfile } from "../profile/load-cli-profile.js";
import { writeErrors } from "../write-error.js";
import { otherTypePath } from "./other-type-path.js";
import { convertExitCode, summaryLines } from "./summary.js";
import { workbookErrorText } from "./workbook-error.js";

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
}

interface ConvertOptions {
  readonly from?: Format;
  readonly to: Format;
  readonly entity?: FlatCsvEntity;
  readonly output?: string;
  readonly report?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
}

/** A usage or input problem: the message names files and options, never data. */
class UsageError extends Error {}

/** The input file as found: a regular file can be read twice, a pipe or device once. */
interface InputFile {
  readonly path: string;
  readonly regular: boolean;
}

/**
 * The action of `tip convert`: checks the options and that no output is an input, then runs `@tip/convert`'s
 * `convert` into outputs that appear only once complete, and prints where every record went.
 */
export async function convertCommand(
  input: string,
  raw: RawConvertOptions,
  ctx: CliContext,
): Promise<number> {
  const errors = checkOptions(raw, ctx);
  if (errors.length > 0) {
    const hint = formatCli(ctx.messages.errors.helpHint, { command: "tip convert" });
    writeErrors(ctx.io, ctx.messages, errors, hint);
    return EXIT_CODES.usage;
  }
  const loaded = await loadCliProfile(raw.profile, ctx, ctx.messages, ctx.lang);
  if (!loaded.ok) {
    writeErrors(ctx.io, ctx.messages, loaded.errors);
    return EXIT_CODES.usage;
  }
  const profile = loaded.profile;
  const options = raw as ConvertOptions;
  const cwd = ctx.io.cwd ?? process.cwd();
  const outputs: Output[] = [];
  try {
    const file = input === "-" ? undefined : await inputFile(resolve(cwd, input), input);
    const { format: from, entity: detected, htcdsLayout, workbook } = await formatOf(file, input, options);
    // A workbook is read by the HTCDS, CTDC and GLOTIP readers; read as CSV or NDJSON it would be zip bytes taken as text.
    if (workbook && (from === "csv" || from === "tip")) {
      throw new UsageError(formatCli(ctx.messages.workbook.notText, { format: from }));
    }
    const entity = options.entity ?? detected;
    const main = { option: "-o", path: options.output };
    const mainPath = targetPath(main, ctx.io);
    const split = options.to === "csv" && mainPath !== undefined && (await isRegularOrNew(mainPath));
    const reportTarget =
      options.report === undefined ? undefined : { option: "--report", path: options.report };
    await refuseSameFiles(file, mainPath, split, reportTarget && targetPath(reportTarget, ctx.io), entity);
    const htcdsOutput =
      mainPath !== undefined && extname(mainPath).toLowerCase() === ".xlsx" ? "xlsx" : "csv";
    const mainOutput = await openOutput(main, ctx.io);
    outputs.push(mainOutput);
    const otherFiles: string[] = [];
    const outcome = await convert(
      {
        open: () => (file === undefined ? (ctx.io.stdin ?? Readable.from([])) : createReadStream(file.path)),
        rereadable: file?.regular === true,
        idSeed: file === undefined ? undefined : basename(file.path),
      },
      mainOutput,
      {
        from,
        to: options.to,
        entity,
        htcdsLayout,
        htcdsOutput,
        glotipOutput: htcdsOutput,
        ...(options.encoding !== undefined && { encoding: options.encoding }),
        ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
        ...(profile !== undefined && { profile }),
        openOtherType:
          split && mainPath !== undefined
            ? async (type) => {
                const path = otherTypePath(mainPath, type);
                const output = await openOutput({ option: "-o", path }, ctx.io);
                outputs.push(output);
                otherFiles.push(basename(path));
                return output;
              }
            : undefined,
      },
    );
    if (reportTarget !== undefined) {
      const [first, ...others] = outcome.writes;
      const report = {
        ...(profile === undefined ? {} : { profile: { id: profile.id, version: profile.version } }),
        read: outcome.read,
        ...(outcome.folded === undefined ? {} : { folded: outcome.folded }),
        ...(first ? { write: first.report } : {}),
        ...(others.length > 0
          ? { otherRecordTypes: Object.fromEntries(others.map((w) => [w.recordType, w.report])) }
          : {}),
        records: outcome.records,
      };
      const output = await openOutput(reportTarget, ctx.io);
      outputs.push(output);
      await output.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    for (const output of outputs) await output.commit();
    const lines = summaryLines(outcome, from, options.to, ctx.messages, {
      otherFiles,
      suggestSplit: options.to === "csv" && !split,
      reportWritten: reportTarget !== undefined,
    });
    ctx.io.stderr.write(`${lines.join("\n")}\n`);
    return convertExitCode(outcome);
  } catch (error) {
    for (const output of outputs) await output.abort();
    if (error instanceof OutputError) {
      writeErrors(ctx.io, ctx.messages, [describeOutputError(error, ctx.messages)]);
      return EXIT_CODES.usage;
    }
    const workbookError = workbookErrorText(error, ctx.messages);
    if (workbookError !== undefined) {
      writeErrors(ctx.io, ctx.messages, [workbookError]);
      return EXIT_CODES.usage;
    }
    if (error instanceof ConvertInputError && error.versions !== undefined) {
      const where = { file: input, line: error.row ?? 0, ...error.versions };
      writeErrors(ctx.io, ctx.messages, [formatCli(ctx.messages.errors.unknownModelVersion, where)]);
      return EXIT_CODES.usage;
    }
    if (error instanceof ConvertInputError && error.place !== undefined) {
      const where = {
        file: input,
        line: error.row ?? 0,
        encoding: error.place.encoding,
        byte: error.place.byteOffset,
      };
      const text =
        error.code === "nul_byte" ? ctx.messages.errors.nulByte : ctx.messages.errors.invalidEncoding;
      writeErrors(ctx.io, ctx.messages, [formatCli(text, where)]);
      return EXIT_CODES.usage;
    }
    if (error instanceof UsageError || error instanceof ConvertInputError) {
      writeErrors(ctx.io, ctx.messages, [error.message]);
      return EXIT_CODES.usage;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      writeErrors(ctx.io, ctx.messages, [`a file could not be read (${code})`]);
      return EXIT_CODES.usage;
    }
    throw error;
  }
}

function checkOptions(raw: RawConvertOptions, ctx: CliContext): string[] {
  const errors: string[] = [];
  const badChoice = (option: string, value: string, choices: readonly string[]) =>
    errors.push(formatCli(ctx.messages.errors.badChoice, { option, value, choices: choices.join(", ") }));
  if (raw.to === undefined) errors.push(`option --to <format> is required (${FORMATS.join(", ")})`);
  else if (!isFormat(raw.to)) badChoice("--to", raw.to, FORMATS);
  if (raw.from !== undefined && !isFormat(raw.from)) badChoice("--from", raw.from, FORMATS);
  if (raw.entity !== undefined && !isFlatCsvEntity(raw.entity))
    badChoice("--entity", raw.entity, FLAT_CSV_ENTITIES);
  if (raw.encoding !== undefined && encodingOf(raw.encoding) === undefined)
    badChoice("--encoding", raw.encoding, ENCODING_NAMES);
  if (raw.delimiter !== undefined && delimiterOf(raw.delimiter) === undefined)
    badChoice("--delimiter", raw.delimiter, DELIMITER_NAMES_SHOWN);
  return errors;
}

async function inputFile(path: string, name: string): Promise<InputFile> {
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isFile()) return { path, regular: true };
  if (stats?.isFIFO() || stats?.isCharacterDevice()) return { path, regular: false };
  throw new UsageError(`cannot read ${name}: no such file`);
}

/** Whether a path is a regular file or does not exist yet (devices and pipes get no files beside them). */
async function isRegularOrNew(path: string): Promise<boolean> {
  const stats = await stat(path).catch(() => undefined);
  return stats === undefined || stats.isFile();
}

/** The input format (given or detected), a detected flat CSV's record type, and an HTCDS file's layout. */
async function formatOf(
  file: InputFile | undefined,
  name: string,
  options: ConvertOptions,
): Promise<{
  format: Format;
  entity?: FlatCsvEntity;
  htcdsLayout?: ReturnType<typeof htcdsLayoutOf>;
  workbook?: boolean;
}> {
  // A pipe can be read once: detecting its format would consume it.
  const detected = file?.regular ? await detectFile(file.path, { encoding: options.encoding }) : undefined;
  const layout = (path: string) => detected?.htcdsLayout ?? htcdsLayoutOf(path, undefined);
  if (options.from !== undefined) {
    if (options.from === "htcds" && file === undefined) throw new UsageError("HTCDS input must be a file");
    return {
      format: options.from,
      htcdsLayout: file && options.from === "htcds" ? layout(file.path) : undefined,
      workbook: detected?.workbook === true,
    };
  }
  if (file === undefined) throw new UsageError("standard input needs --from");
  if (detected === undefined) throw new UsageError(`cannot tell the format of ${name}: give --from`);
  return { ...detected, htcdsLayout: detected.format === "htcds" ? layout(file.path) : undefined };
}

/** Refuses outputs that are the input or each other, including the files beside `-o` of other record types. */
async function refuseSameFiles(
  file: InputFile | undefined,
  mainPath: string | undefined,
  split: boolean,
  reportPath: string | undefined,
  entity: FlatCsvEntity | undefined,
): Promise<void> {
  const files: RunFile[] = [
    { role: { input: true }, path: file?.path, writes: false },
    { role: { option: "-o" }, path: mainPath, writes: true },
  ];
  if (split && mainPath !== undefined) {
    for (const type of FLAT_CSV_ENTITIES) {
      if (type !== (entity ?? "victim"))
        files.push({ role: { option: "-o" }, path: otherTypePath(mainPath, type), writes: true });
    }
  }
  files.push({ role: { option: "--report" }, path: reportPath, writes: true });
  const clash = await checkDistinctFiles(files);
  if (clash !== undefined) throw clash;
}
