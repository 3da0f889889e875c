import { Buffer } from "node:buffer";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLES, type MessageLocale } from "@tip/schema";
import { enMessages } from "@tip/schema/locales/en/messages";
import { esMessages } from "@tip/schema/locales/es/messages";
import { frMessages } from "@tip/schema/locales/fr/messages";
import { ptMessages } from "@tip/schema/locales/pt/messages";
import { type Lang, type StreamOptions, type Summary, validateStream } from "../src/public-api.js";

/** A fresh copy of an example record. */
export function example<T extends keyof typeof EXAMPLES>(type: T): Record<string, unknown> {
  return structuredClone(EXAMPLES[type]) as unknown as Record<string, unknown>;
}

/** A valid victim with a new id, no links to other records. */
export function victim(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { caseIds, ...rest } = example("victim");
  void caseIds;
  return { ...rest, id, ...extra };
}

/** A UUID made of one repeated hex digit pattern, for readable tests. */
export function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

/** Validates bytes or text handed over in chunks of `chunkSize` bytes. */
export function validateText(
  input: string | Buffer,
  options: StreamOptions,
  chunkSize = 64 * 1024,
): Promise<Summary> {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  return validateStream(chunks(), options);
}

/** Writes a temporary file and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "tip-validate-"));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Codes and pointers of a summary's issues, with their line. */
export function found(summary: Summary): [string, string, number | undefined][] {
  return summary.issues.map((issue) => [issue.code, issue.path, issue.line]);
}

/** NDJSON text of records. */
export function ndjson(records: readonly unknown[], eol = "\n"): string {
  return records.map((record) => JSON.stringify(record)).join(eol) + eol;
}

/** The texts of each language's issues, for the `locale` option of the validators and the report. */
export const MESSAGES: Readonly<Record<Lang, MessageLocale>> = {
  en: enMessages,
  es: esMessages,
  fr: frMessages,
  pt: ptMessages,
};
