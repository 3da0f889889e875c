import { extname } from "node:path";

/** The input formats `tip validate` reads. */
export const INPUT_FORMATS = ["ndjson", "json", "csv"] as const;

/** One of the input formats. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "json",
  ".csv": "csv",
};

/** The format a file name's extension implies (case-insensitive), if any. */
export function formatOfFileName(fileName: string): InputFormat | undefined {
  return BY_EXTENSION[extname(fileName).toLowerCase()];
}

/** Type guard for an input format name. */
export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === "string" && (INPUT_FORMATS as readonly string[]).includes(value);
}
