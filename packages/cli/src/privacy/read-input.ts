import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";
import type { CliMessages } from "../messages/cli-messages.js";
import { formatCli } from "../messages/messages.js";
import { reasonOf } from "../validate/read-error.js";
import type { PrivacyCliMessages } from "./messages/privacy-cli-messages.js";

/** How the records came: one per line, inside a bundle envelope, or in a JSON array. */
export type InputShape = "ndjson" | "bundle" | "array";

/** Records read from one input, with the envelope of a bundle and the lines that were not JSON. */
export interface RecordsInput {
  readonly shape: InputShape;
  readonly records: unknown[];
  readonly envelope?: Readonly<Record<string, unknown>>;
  /** 1-based numbers of NDJSON lines that could not be parsed (their content is never shown). */
  readonly badLines: readonly number[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

async function readText(name: string, io: CliIo): Promise<string> {
  if (name === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin ?? []) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString("utf8");
  }
  return readFile(resolve(io.cwd ?? process.cwd(), name), "utf8");
}

/** Reads a whole NDJSON file, JSON bundle or JSON array (`-` is standard input). */
export async function readRecords(
  name: string,
  io: CliIo,
  messages: CliMessages,
  texts: PrivacyCliMessages,
): Promise<{ ok: true; input: RecordsInput } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readText(name, io);
  } catch (error) {
    return {
      ok: false,
      error: formatCli(messages.errors.unreadable, { file: name, reason: reasonOf(error, messages) }),
    };
  }
  const whole = parseJson(text);
  if (isObject(whole) && Array.isArray(whole.records)) {
    const { records, ...envelope } = whole;
    return { ok: true, input: { shape: "bundle", records, envelope, badLines: [] } };
  }
  if (Array.isArray(whole)) return { ok: true, input: { shape: "array", records: whole, badLines: [] } };
  const records: unknown[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const value = parseJson(line);
    if (value === undefined) badLines.push(index + 1);
    else records.push(value);
  });
  if (records.length === 0 && badLines.length > 0)
    return { ok: false, error: formatCli(texts.errors.badInput, { file: name }) };
  return { ok: true, input: { shape: "ndjson", records, badLines } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The notes about input left out: unreadable lines (by number) and items that are no records. */
export function leftOutNotes(input: RecordsInput, notRecords: number, texts: PrivacyCliMessages): string[] {
  const notes: string[] = [];
  if (input.badLines.length > 0) {
    const shown = input.badLines.slice(0, 20).join(", ") + (input.badLines.length > 20 ? ", …" : "");
    notes.push(formatCli(texts.common.unreadableLines, { count: input.badLines.length, lines: shown }));
  }
  if (notRecords > 0) notes.push(formatCli(texts.common.notRecords, { count: notRecords }));
  return notes;
}
