import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { formatCli } from "../messages/messages.js";
import { reasonOf } from "../validate/read-error.js";
import type { PrivacyCliMessages } from "./messages/privacy-cli-messages.js";
import type { InputShape } from "./read-input.js";

/** Records in the shape they came in: NDJSON lines, a bundle around them, or a JSON array. */
export function serialise(
  shape: InputShape,
  records: readonly unknown[],
  envelope?: Readonly<Record<string, unknown>>,
): string {
  if (shape === "ndjson") return records.map((record) => `${JSON.stringify(record)}\n`).join("");
  if (shape === "array") return `${JSON.stringify(records, null, 2)}\n`;
  return `${JSON.stringify({ ...envelope, records }, null, 2)}\n`;
}

/** Writes text to `-o` or standard output; returns a localised error when the file cannot be written. */
export async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
  messages: CliMessages,
  texts: PrivacyCliMessages,
): Promise<string | undefined> {
  if (output === undefined || output === "-") {
    io.stdout.write(text);
    return undefined;
  }
  try {
    await writeFile(resolve(io.cwd ?? process.cwd(), output), text, { mode: 0o600 });
    return undefined;
  } catch (error) {
    return formatCli(texts.errors.unwritable, { file: output, reason: reasonOf(error, messages) });
  }
}
