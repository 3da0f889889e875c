import { createReadStream, createWriteStream } from "node:fs";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import {
  type ConversionReport,
  ConvertInputError,
  detectFile,
  FLAT_CSV_ENTITIES,
  type FlatCsvEntity,
  FORMATS,
  type Format,
  htcdsLayoutOf,
  isFlatCsvEntity,
  isFormat,
  planFlatCsvStream,
  readCanonicalStream,
  readHtcds,
  type Source,
  writeCtdc2024Stream,
  writeFlatCsv,
  writeFlatCsvStream,
  writeHtcdsCsv,
  writeHtcdsXlsx,
  writeTipNdjson,
} from "@tip/convert";
import type { TipRecord } from "@tip/schema";
import { DELIMITER_NAMES_SHOWN, delimiterOf, ENCODING_NAMES, encodingOf } from "@tip/validate";
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { formatCli } from "../messages/messages.js";
import { writeErrors } from "../write-error.js";

/** The options of `tip convert` as commander hands them over. */
interface RawConvertOptions {
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  readonly output?: string;
  readonly report?: string;
  readonly encoding?: string;
  readonly delimiter?: string;
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

/** Records read into the model: a stream (bounded memory) or, for HTCDS, a list in memory. */
interface Canonical {
  readonly records: AsyncIterable<TipRecord> | readonly TipRecord[];
  readonly report: () => ConversionReport;
}

/**
 * `tip convert <input> --from htcds|ctdc|csv|tip --to tip|htcds|ctdc|csv [--entity victim] [-o out]
 * [--report report.json]`: converts through the canonical model. The format is detected from the extension and
 * header when `--from` is omitted. Exit 0 when every row converted, 1 when some rows were invalid or skipped
 * or had values that could not be read (still converted where possible, and reported), 2 on usage or
 * unreadable input.
 */
export function registerConvert(program: Command, ctx: CliContext): void {
  program
    .command("convert")
    .description("Convert HTCDS, CTDC, flat CSV or canonical NDJSON through the canonical model")
    .argument("<input>", "file to convert (- for standard input, with --from)")
    .option("--from <format>", `input format: ${FORMATS.join(", ")} (default: detected)`)
    .option("--to <format>", `output format: ${FORMATS.join(", ")}`)
    .option(
      "--entity <type>",
      `record type of flat CSV rows: ${FLAT_CSV_ENTITIES.join(", ")} (default: victim)`,
    )
    .option(
      "-o, --output <file>",
      "output file, .xlsx for the HTCDS template (default or -: standard output)",
    )
    .option("--report <file>", "write the conversion report (JSON, no personal values) to this file")
    .option("--encoding <name>", ctx.messages.textInput.encoding)
    .option("--delimiter <char>", ctx.messages.textInput.delimiter)
    .action(async (input: string, raw: RawConvertOptions) => {
      ctx.exitCode = await convertCommand(input, raw, ctx);
    });
}

async function convertCommand(input: string, raw: RawConvertOptions, ctx: CliContext): Promise<number> {
  const errors = checkOptions(raw, ctx);
  if (errors.length > 0) {
    writeErrors(
      ctx.io,
      ctx.messages,
      errors,
      formatCli(ctx.messages.errors.helpHint, { command: "tip convert" }),
    );
    return EXIT_CODES.usage;
  }
  let options = raw as ConvertOptions;
  const cwd = ctx.io.cwd ?? process.cwd();
  const output =
    options.output === undefined || options.output === "-" ? undefined : resolve(cwd, options.output);
  try {
    const path = input === "-" ? undefined : await readablePath(resolve(cwd, input), input);
    const { format: from, entity } = await formatOf(path, input, options);
    options = { ...options, entity: options.entity ?? entity };
    const canonical = await readCanonical(path, from, options, ctx);
    const written = await writeOutput(canonical, path, from, options, output, ctx);
    const reports = { read: canonical.report(), ...(written ? { write: written } : {}) };
    if (options.report !== undefined) {
      await writeFile(resolve(cwd, options.report), `${JSON.stringify(reports, null, 2)}\n`);
    }
    ctx.io.stderr.write(`${summary(reports, from, options.to)}\n`);
    return exitCodeOf(reports.read);
  } catch (error) {
    if (output !== undefined) await rm(`${output}.partial`, { force: true });
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
    if (typeof code === "string" && code.startsWith("E")) {
      writeErrors(ctx.io, ctx.messages, [`a file could not be read or written (${code})`]);
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

async function readablePath(path: string, name: string): Promise<string> {
  const stats = await stat(path).catch(() => undefined);
  if (!stats?.isFile()) throw new UsageError(`cannot read ${name}: no such file`);
  return path;
}

/** The input format (given or detected) and, for a detected flat CSV, its record type. */
async function formatOf(
  path: string | undefined,
  name: string,
  options: ConvertOptions,
): Promise<{ format: Format; entity?: FlatCsvEntity }> {
  if (options.from !== undefined) return { format: options.from };
  if (path === undefined) throw new UsageError("standard input needs --from");
  const detected = await detectFile(path, { encoding: options.encoding });
  if (detected === undefined) throw new UsageError(`cannot tell the format of ${name}: give --from`);
  return detected;
}

async function readCanonical(
  path: string | undefined,
  from: Format,
  options: ConvertOptions,
  ctx: CliContext,
): Promise<Canonical> {
  if (from === "htcds") {
    if (path === undefined) throw new UsageError("HTCDS input must be a file");
    const layout =
      (await detectFile(path, { encoding: options.encoding }))?.htcdsLayout ?? htcdsLayoutOf(path, undefined);
    // Bytes, never a string: the reader decodes them and refuses what is not text in the encoding.
    const input = new Uint8Array(await readFile(path));
    const result = await readHtcds(input, { format: layout, ...textOptionsOf(options) });
    return { records: result.records, report: () => result.report };
  }
  const stream = readCanonicalStream(sourceOf(path, ctx), {
    from,
    entity: options.entity,
    idSeed: path === undefined ? undefined : basename(path),
    ...textOptionsOf(options),
  });
  return { records: stream, report: () => stream.report() };
}

/** The reader options of `--encoding` and `--delimiter`. */
function textOptionsOf(options: ConvertOptions): { encoding?: string; delimiter?: string } {
  return {
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
  };
}

function sourceOf(path: string | undefined, ctx: CliContext): Source {
  return path === undefined ? (ctx.io.stdin ?? Readable.from([])) : createReadStream(path);
}

/** Writes the output; returns the writer's report (none for canonical NDJSON, whose report is the reader's). */
async function writeOutput(
  canonical: Canonical,
  path: string | undefined,
  from: Format,
  options: ConvertOptions,
  output: string | undefined,
  ctx: CliContext,
): Promise<ConversionReport | undefined> {
  const { records } = canonical;
  const sink = openSink(output, ctx);
  let report: ConversionReport | undefined;
  if (options.to === "tip") await sink.pipe(writeTipNdjson(records));
  else if (options.to === "ctdc") {
    const written = writeCtdc2024Stream(records);
    await sink.pipe(written);
    report = written.report();
  } else if (options.to === "csv") {
    const entity = options.entity ?? "victim";
    if (Array.isArray(records) || path === undefined || from === "htcds") {
      const result = writeFlatCsv(await collect(records), { entity });
      await sink.pipe([result.text]);
      report = result.report;
    } else {
      // A file is read twice rather than held: once to plan the columns, once to write.
      const plan = await planFlatCsvStream(createReadStream(path), {
        from: from as "ctdc" | "csv" | "tip",
        entity,
        idSeed: basename(path),
        ...textOptionsOf(options),
      });
      const written = writeFlatCsvStream(records, { entity, plan });
      await sink.pipe(written);
      report = written.report();
    }
  } else report = await writeHtcds(await collect(records), output, sink);
  await sink.close();
  return report;
}

async function writeHtcds(records: readonly TipRecord[], output: string | undefined, sink: Sink) {
  if (output !== undefined && extname(output).toLowerCase() === ".xlsx") {
    const result = await writeHtcdsXlsx(records);
    await sink.pipe([result.bytes]);
    return result.report;
  }
  const result = writeHtcdsCsv(records);
  await sink.pipe([result.text]);
  return result.report;
}

async function collect<T>(records: AsyncIterable<T> | readonly T[]): Promise<T[]> {
  if (Array.isArray(records)) return records as T[];
  const all: T[] = [];
  for await (const record of records as AsyncIterable<T>) all.push(record);
  return all;
}

interface Sink {
  pipe(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Standard output, or a file written as `<file>.partial` and renamed when complete, so a failed conversion
 * never leaves half a file under the name asked for.
 */
function openSink(output: string | undefined, ctx: CliContext): Sink {
  if (output === undefined) {
    return {
      async pipe(chunks) {
        for await (const chunk of chunks) {
          if (typeof chunk !== "string") throw new UsageError("binary output (xlsx) needs -o <file>");
          ctx.io.stdout.write(chunk);
        }
      },
      close: async () => undefined,
    };
  }
  const partial = `${output}.partial`;
  const file = createWriteStream(partial);
  return {
    async pipe(chunks) {
      for await (const chunk of chunks) {
        if (!file.write(chunk)) await new Promise<void>((done) => file.once("drain", () => done()));
      }
    },
    async close() {
      file.end();
      await finished(file);
      await rename(partial, output);
    },
  };
}

/** One line of counts for stderr: never a value. */
function summary(
  reports: { read: ConversionReport; write?: ConversionReport },
  from: Format,
  to: Format,
): string {
  const { read, write } = reports;
  const lossy = [read, write]
    .flatMap((report) => report?.fields ?? [])
    .filter((f) => f.outcome === "lossy" && f.rows > 0);
  const parts = [
    `${read.rows.converted} converted`,
    `${read.rows.invalid} invalid`,
    `${read.rows.skipped} skipped`,
    `${read.invalidValues.length + (read.omitted?.invalidValues ?? 0)} values not read`,
    `${lossy.length} lossy fields`,
  ];
  const written = write === undefined ? "" : `; ${write.rows.total - write.rows.skipped} records written`;
  return `tip convert ${from} -> ${to}: ${read.rows.total} rows: ${parts.join(", ")}${written}`;
}

function exitCodeOf(report: ConversionReport): number {
  const { rows, invalidValues, omitted } = report;
  const clean =
    rows.invalid === 0 && rows.skipped === 0 && invalidValues.length + (omitted?.invalidValues ?? 0) === 0;
  return clean ? EXIT_CODES.ok : EXIT_CODES.invalid;
}
