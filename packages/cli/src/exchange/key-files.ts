import {
  type AgencyKeyRing,
  describeKeyProblem,
  type ExchangeTexts,
  readAgencyKeys,
  readTrust,
  type TrustDirectory,
} from "@tip/exchange";
import type { CliIo } from "../io.js";
import type { ExchangeCliMessages } from "../messages/exchange-messages.js";
import type { CliCatalogue } from "../messages/messages.js";

import { readInputFile } from "./read-file.js";

/** Key files and directories are small; a directory of thousands of agencies stays far below this. */
const MAX_KEY_FILE_BYTES = 64 * 1024 * 1024;

/** What reading key files needs: where, and the texts to explain a problem. */
export interface KeyFileContext {
  readonly io: CliIo;
  readonly messages: CliCatalogue;
  readonly texts: ExchangeCliMessages;
  readonly library: ExchangeTexts;
}

/** This agency's key ring from its private key file, or the localised problem (never any key material). */
export async function readKeyRingFile(
  option: string,
  file: string,
  context: KeyFileContext,
): Promise<{ ok: true; keys: AgencyKeyRing } | { ok: false; error: string }> {
  const read = await readInputFile(file, context.io, context.messages, MAX_KEY_FILE_BYTES);
  if (!read.ok) return read;
  const keys = await readAgencyKeys(read.bytes);
  if (keys.ok) return { ok: true, keys: keys.value };
  const problem = describeKeyProblem(keys.problem, context.library);
  return {
    ok: false,
    error: context.messages.format(context.texts.common.keyFile, { option, file, problem }),
  };
}

/** The trusted directory built from every file given, or the problem, naming the file it is in. */
export async function readTrustFiles(
  option: string,
  files: readonly string[],
  context: KeyFileContext,
): Promise<{ ok: true; trust: TrustDirectory } | { ok: false; error: string }> {
  const contents: Uint8Array[] = [];
  for (const file of files) {
    const read = await readInputFile(file, context.io, context.messages, MAX_KEY_FILE_BYTES);
    if (!read.ok) return read;
    contents.push(read.bytes);
  }
  const trust = await readTrust(contents);
  if (trust.ok) return { ok: true, trust: trust.value };
  const file = files[trust.problem.document ?? 0] ?? "";
  const problem = describeKeyProblem(trust.problem, context.library);
  return {
    ok: false,
    error: context.messages.format(context.texts.common.keyFile, { option, file, problem }),
  };
}
