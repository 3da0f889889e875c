import type { CliIo } from "../io.js";
import type { CliCatalogue } from "../messages/messages.js";

import type { PrivacyCliMessages } from "../messages/privacy-messages.js";
import { openOutput } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { checkDistinctFiles, readFiles, writtenFile } from "../output/same-file.js";
import { reasonOf } from "../validate/read-error.js";
import type { InputShape } from "./read-input.js";

/** Where records are written, piece by piece; nothing is under the asked-for name until `end`. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Finishes the output: a regular file is moved into place. */
  end(): Promise<void>;
  /** Drops what was written to a regular file; safe after `end`. */
  abort(): Promise<void>;
}

/**
 * Opens `-o` (or standard output) through the output module: refused when it is one of `inputs` (the records
 * read, a key file), written atomically to a regular file, directly to a device or pipe. Throws an
 * `OutputError` naming the option, never the path.
 */
export async function openTextSink(
  output: string | undefined,
  io: CliIo,
  inputs: readonly string[],
): Promise<TextSink> {
  const target = { option: "-o", path: output };
  const clash = await checkDistinctFiles([
    ...readFiles({ input: true }, inputs, io),
    writtenFile("-o", output, io),
  ]);
  if (clash !== undefined) throw clash;
  const out = await openOutput(target, io);
  return { write: (text) => out.write(text), end: () => out.commit(), abort: () => out.abort() };
}

/** The message of an error met while opening or writing `-o`: the option and the reason, never the path. */
export function writeFailure(
  error: unknown,
  output: string | undefined,
  messages: CliCatalogue,
  texts: PrivacyCliMessages,
): string {
  if (error instanceof OutputError) return describeOutputError(error, messages);
  return messages.format(texts.errors.unwritable, { file: output ?? "-", reason: reasonOf(error, messages) });
}

/**
 * Writes records one at a time in the shape they came in: NDJSON lines, a JSON array, or a bundle whose other
 * members come first and whose `records` come last, formatted as `JSON.stringify(…, null, 2)` would.
 */
export class RecordsWriter {
  #count = 0;

  constructor(
    private readonly sink: TextSink,
    private readonly shape: InputShape,
  ) {}

  /** Opens the array or the bundle (with its other members). */
  async start(envelope?: Readonly<Record<string, unknown>>): Promise<void> {
    if (this.shape === "array") await this.sink.write("[");
    if (this.shape !== "bundle") return;
    let head = "{";
    for (const [key, value] of Object.entries(envelope ?? {})) {
      if (key === "records" || value === undefined) continue;
      head += `\n  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2))},`;
    }
    await this.sink.write(`${head}\n  "records": [`);
  }

  /** Writes one record. */
  async record(record: unknown): Promise<void> {
    const first = this.#count++ === 0;
    if (this.shape === "ndjson") await this.sink.write(`${JSON.stringify(record)}\n`);
    else {
      const depth = this.shape === "array" ? 1 : 2;
      const text = indent(JSON.stringify(record, null, 2), depth);
      await this.sink.write(`${first ? "" : ","}\n${"  ".repeat(depth)}${text}`);
    }
  }

  /** Closes the array or the bundle and finishes the sink. */
  async end(): Promise<void> {
    if (this.shape === "array") await this.sink.write(this.#count === 0 ? "]\n" : "\n]\n");
    if (this.shape === "bundle") await this.sink.write(this.#count === 0 ? "]\n}\n" : "\n  ]\n}\n");
    await this.sink.end();
  }
}

/** JSON text indented by `depth` levels of two spaces after its first line. */
function indent(text: string, depth = 1): string {
  return text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}
