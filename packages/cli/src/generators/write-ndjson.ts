import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { CliOutput } from "../io.js";

/** Where NDJSON goes: a file path, or an output of the run (standard output). */
export type NdjsonTarget = { readonly file: string } | { readonly output: CliOutput };

/**
 * Writes records as NDJSON, one JSON document per line, waiting whenever the destination is full so memory
 * stays flat whatever the number of records. Resolves to the number of records written; rejects with the
 * system error when the file cannot be written.
 */
export async function writeNdjson(records: Iterable<unknown>, target: NdjsonTarget): Promise<number> {
  return "file" in target ? toFile(records, target.file) : toOutput(records, target.output);
}

async function toFile(records: Iterable<unknown>, path: string): Promise<number> {
  const file = createWriteStream(path);
  let failed = false;
  file.on("error", () => {
    failed = true;
  });
  let count = 0;
  for (const record of records) {
    if (failed) break;
    if (!file.write(`${JSON.stringify(record)}\n`)) await drained(file);
    count++;
  }
  file.end();
  await finished(file);
  return count;
}

async function toOutput(records: Iterable<unknown>, output: CliOutput): Promise<number> {
  const emitter = "once" in output ? (output as unknown as NodeJS.EventEmitter) : undefined;
  let count = 0;
  for (const record of records) {
    if (output.write(`${JSON.stringify(record)}\n`) === false && emitter) await once(emitter, "drain");
    count++;
  }
  return count;
}

function drained(file: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      file.off("drain", done);
      file.off("close", done);
      resolve();
    };
    file.on("drain", done);
    file.on("close", done);
  });
}
