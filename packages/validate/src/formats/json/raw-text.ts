import type { Buffer } from "node:buffer";

/** The text a record was parsed from: its bytes (`bytes[start..end)`) and its decoded string. */
export interface RawText {
  bytes: Buffer | undefined;
  start: number;
  end: number;
  text: string;
}
