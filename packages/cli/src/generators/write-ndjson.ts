import type { CliIo } from "../io.js";
import { type OutputTarget, openOutput } from "../output/open-output.js";

/**
 * Writes records as NDJSON, one JSON document per line, to a target of the output module (a file written
 * atomically, a device or pipe, or standard output), waiting whenever the destination is full so memory stays
 * flat whatever the number of records. Resolves to the number of records written; rejects with an
 * `OutputError` naming the option when the output cannot be written, leaving nothing under its name.
 */
export async function writeNdjson(
  records: Iterable<unknown>,
  target: OutputTarget,
  io: CliIo,
): Promise<number> {
  const output = await openOutput(target, io);
  let count = 0;
  try {
    for (const record of records) {
      await output.write(`${JSON.stringify(record)}\n`);
      count++;
    }
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return count;
}
