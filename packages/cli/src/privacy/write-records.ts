import { resolve } from "node:path";
import type { CliIo } from "../io.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { targetPath, writeWholeOutput } from "../output/open-output.js";
import { describeOutputError, OutputError } from "../output/output-error.js";
import { checkDistinctFiles } from "../output/same-file.js";
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

/**
 * Writes text to `-o` or standard output through the output module: refused when `-o` is one of `inputs`
 * (the records read, a key file), written atomically to a regular file, directly to a device or pipe.
 * Returns a localised error when the file cannot be written; nothing is then left under its name.
 */
export async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
  messages: CliMessages,
  _texts: PrivacyCliMessages,
  inputs: readonly string[] = [],
): Promise<string | undefined> {
  const target = { option: "-o", path: output };
  try {
    const cwd = io.cwd ?? process.cwd();
    const clash = await checkDistinctFiles([
      ...inputs.map((input) => ({
        role: { input: true } as const,
        path: input === "-" ? undefined : resolve(cwd, input),
        writes: false,
      })),
      { role: { option: "-o" }, path: targetPath(target, io), writes: true },
    ]);
    if (clash !== undefined) throw clash;
    await writeWholeOutput(target, text, io);
    return undefined;
  } catch (error) {
    if (error instanceof OutputError) return describeOutputError(error, messages);
    throw error;
  }
}
