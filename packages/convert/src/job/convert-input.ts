import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { detectSample, type FileDetection, htcdsLayoutOf, SAMPLE_BYTES } from "../detect/detect-file.js";
import type { Format } from "../detect/detect-format.js";
import { ConvertInputError } from "../io/convert-input-error.js";
import { type Source, toReadable } from "../io/source.js";
import { looksLikeZip } from "../io/xlsx/zip-sniff.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { collectBytes } from "./counting.js";

/**
 * The input of `convert`: a file by its path, a stream read once (standard input, a pipe, a download), or the
 * whole content in memory. `name` (a file name such as `export.csv`) helps tell the format when it is not
 * given; `idSeed` seeds the deterministic ids of rows without one (CTDC, flat CSV), by default the file name.
 */
export type ConvertInput =
  | { readonly path: string; readonly idSeed?: string }
  | { readonly stream: Source; readonly name?: string; readonly idSeed?: string }
  | { readonly bytes: Uint8Array | string; readonly name?: string; readonly idSeed?: string };

/** An input ready to read: from its start on each `open` when `rereadable` (else once), with its format. */
export interface OpenedInput {
  open(): Source;
  readonly rereadable: boolean;
  readonly idSeed?: string;
  readonly format: Format;
  /** A detected flat CSV's record type. */
  readonly entity?: FlatCsvEntity;
  readonly htcdsLayout?: FileDetection["htcdsLayout"];
}

/**
 * Opens an input and settles its format: `from` when given, else detected from its name and first bytes.
 * Throws `ConvertInputError` when the format cannot be told (`unknown_format`) or a workbook would be read as
 * text (`workbook_as_text`); a file that is not there throws the system's error (`ENOENT`).
 */
export async function openInput(
  input: ConvertInput,
  options: { readonly from?: Format; readonly encoding?: string },
): Promise<OpenedInput> {
  const opened = await readable(input);
  const detected =
    opened.sample === undefined
      ? undefined
      : await detectSample(opened.sample, {
          encoding: options.encoding,
          fileName: opened.name,
          workbook: opened.workbook,
        });
  const from = options.from ?? detected?.format;
  if (from === undefined) throw new ConvertInputError("unknown_format", "The input's format cannot be told");
  // A workbook is read by the HTCDS, CTDC and GLOTIP readers; read as CSV or NDJSON it would be zip bytes as text.
  if (detected?.workbook === true && (from === "csv" || from === "tip")) {
    const error = new ConvertInputError(
      "workbook_as_text",
      `The input is a workbook, which ${from} cannot read`,
    );
    error.format = from;
    throw error;
  }
  const byDetection = options.from === undefined;
  return {
    open: opened.open,
    rereadable: opened.rereadable,
    idSeed: input.idSeed ?? (opened.name === undefined ? undefined : basename(opened.name)),
    format: from,
    ...(byDetection && detected?.entity !== undefined && { entity: detected.entity }),
    ...(from === "htcds" && {
      htcdsLayout: detected?.htcdsLayout ?? htcdsLayoutOf(opened.name ?? "", undefined),
    }),
  };
}

interface Readable {
  open(): Source;
  readonly rereadable: boolean;
  readonly name?: string;
  /** The first bytes, to detect the format from; `undefined` when the input cannot be sampled. */
  readonly sample?: Uint8Array;
  /** The whole input for reading a workbook's first sheet: a path or all the bytes. */
  readonly workbook?: string | Uint8Array;
}

async function readable(input: ConvertInput): Promise<Readable> {
  if ("path" in input) {
    const stats = await stat(input.path);
    // A pipe or device (`/dev/stdin`, a named pipe) can be read once: its start is sampled and kept.
    if (!stats.isFile() && (stats.isFIFO() || stats.isCharacterDevice())) {
      return { ...(await sampled(createReadStream(input.path))), name: input.path };
    }
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
    const sample = await collectBytes(createReadStream(input.path, { start: 0, end: SAMPLE_BYTES - 1 }));
    return {
      open: () => createReadStream(input.path),
      rereadable: true,
      name: input.path,
      sample,
      workbook: input.path,
    };
  }
  if ("bytes" in input) {
    const bytes = typeof input.bytes === "string" ? new TextEncoder().encode(input.bytes) : input.bytes;
    return { open: () => bytes, rereadable: true, name: input.name, sample: bytes, workbook: bytes };
  }
  return { ...(await sampled(input.stream)), name: input.name };
}

/**
 * A stream read once, its first 64 KiB held to detect the format from and read again before the rest. A
 * workbook (a zip archive, whose directory is at its end) is held whole.
 */
async function sampled(source: Source): Promise<Readable> {
  const chunks = toReadable(source)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SAMPLE_BYTES) {
    const next = await chunks.next();
    if (next.done === true) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value, "utf8") : Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
  }
  const sample = new Uint8Array(Buffer.concat(head));
  async function* all(): AsyncGenerator<Uint8Array, void, undefined> {
    yield* head;
    if (done) return;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  }
  if (looksLikeZip(sample)) {
    const bytes = await collectBytes(all());
    return { open: () => bytes, rereadable: true, sample: bytes, workbook: bytes };
  }
  return { open: all, rereadable: false, sample };
}
