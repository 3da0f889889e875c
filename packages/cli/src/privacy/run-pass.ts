import type { CliIo } from "../io.js";
import type { CliCatalogue } from "../messages/messages.js";

import { safeLine } from "../sanitize.js";
import { STANDARD_INPUT } from "../standard-input.js";
import { reasonOf } from "../validate/read-error.js";
import { withProgress } from "./input-progress.js";
import { type InputSource, openInput } from "./input-source.js";
import { faultText, InputPass, type PlacedRecord } from "./read-input.js";

/**
 * Opens the input for one or two passes, with a progress display on stderr for a large input when stderr is a
 * terminal; a localised error (with the system error's code only) when it cannot
 * be opened.
 */
export async function openPrivacyInput(
  name: string,
  io: CliIo,
  passes: 1 | 2,
  messages: CliCatalogue,
): Promise<InputSource | string> {
  try {
    const source = await openInput(name, io, passes);
    const texts = messages.privacy.common;
    const file = name === STANDARD_INPUT ? texts.standardInput : safeLine(name);
    const labels = [
      messages.format(texts.progress, { file }),
      messages.format(texts.progressAgain, { file }),
    ] as const;
    return withProgress(source, io, labels);
  } catch (error) {
    return messages.format(messages.errors.unreadable, { file: name, reason: reasonOf(error, messages) });
  }
}

/**
 * Reads the records of one pass and hands each to `each`; a record `each` throws on is left out as `failed`
 * (a library that cannot cope with one record does not stop the others). Returns the pass, or a localised error
 * when the input cannot be read or is not NDJSON, a bundle or an array.
 */
export async function runPass(
  source: InputSource,
  name: string,
  each: (record: PlacedRecord, pass: InputPass) => void | Promise<void>,
  messages: CliCatalogue,
): Promise<{ ok: true; pass: InputPass } | { ok: false; error: string }> {
  const pass = new InputPass();
  try {
    for await (const record of pass.records(source.chunks())) {
      try {
        await each(record, pass);
      } catch {
        pass.leaveOut(record.place, "failed");
      }
    }
  } catch (error) {
    return {
      ok: false,
      error: messages.format(messages.errors.unreadable, { file: name, reason: reasonOf(error, messages) }),
    };
  }
  if (pass.fault) return { ok: false, error: faultText(pass.fault, name, messages) };
  return { ok: true, pass };
}

/**
 * The error of a second pass over the input, or undefined when it read what the first did: a pass that failed,
 * or that read another number of records (the file changed between the passes, or is the output), makes what
 * was written untrustworthy.
 */
export function secondPassError(
  second: Awaited<ReturnType<typeof runPass>>,
  firstRead: number,
  name: string,
  messages: CliCatalogue,
): string | undefined {
  if (!second.ok) return second.error;
  if (second.pass.read === firstRead) return undefined;
  const counts = { file: name, first: firstRead, second: second.pass.read };
  return messages.format(messages.privacy.errors.inputChanged, counts);
}
