import { open } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";
import type { InputShape } from "./read-input.js";

/** Text is handed to the file or stream in pieces of about this size. */
const FLUSH_CHARS = 64 * 1024;

/** Where records are written, piece by piece. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Writes what is pending and closes a file (standard output stays open). */
  end(): Promise<void>;
}

/**
 * Opens `-o` (mode 0600) or standard output for writing in pieces, waiting when the stream asks to. Throws the
 * system error when the file cannot be opened or written.
 */
export async function openTextSink(output: string | undefined, io: CliIo): Promise<TextSink> {
  let pending = "";
  if (output === undefined || output === "-") {
    const out = io.stdout as {
      write(chunk: string): unknown;
      once?: (event: string, f: () => void) => unknown;
    };
    const flush = async () => {
      const text = pending;
      pending = "";
      if (text !== "" && out.write(text) === false && typeof out.once === "function") {
        await new Promise<void>((done) => out.once?.("drain", done));
      }
    };
    return {
      async write(text) {
        pending += text;
        if (pending.length >= FLUSH_CHARS) await flush();
      },
      end: flush,
    };
  }
  const handle = await open(resolve(io.cwd ?? process.cwd(), output), "w", 0o600);
  const flush = async () => {
    const text = pending;
    pending = "";
    if (text !== "") await handle.write(text);
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= FLUSH_CHARS) await flush();
    },
    async end() {
      try {
        await flush();
      } finally {
        await handle.close();
      }
    },
  };
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

  /** Closes the array or the bundle and the sink. */
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
