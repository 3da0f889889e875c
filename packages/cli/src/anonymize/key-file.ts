import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../io.js";

/**
 * The key bytes of a key file: hex text (64 hex digits from `openssl rand -hex 32`, surrounding whitespace
 * allowed) is decoded; anything else is taken as raw bytes (`openssl rand -out key.bin 32`).
 */
export async function readKeyFile(name: string, io: CliIo): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(resolve(io.cwd ?? process.cwd(), name)));
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).trim();
  if (/^(?:[0-9a-fA-F]{2})+$/.test(text)) {
    return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  }
  return bytes;
}
