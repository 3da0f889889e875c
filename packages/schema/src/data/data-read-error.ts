import { toPointer } from "../issues/issue.js";
import type { DataProblem, DataRead } from "./read-data.js";

/**
 * Thrown by library functions that are not validators (privacy, writers) when a value handed to them cannot
 * be read as data: a getter or proxy that throws, a cycle, a function, too many values, nesting too deep (see
 * `readData`). `code` is an issue code with messages in every locale, `pointer` a JSON Pointer into the record
 * naming only keys of the model, `recordIndex` the record's position in the list given. The message holds
 * nothing else, never a value.
 */
export class DataReadError extends Error {
  override readonly name = "DataReadError";

  constructor(
    readonly code: DataProblem,
    readonly pointer: string,
    readonly recordIndex: number | undefined,
    readonly params: Readonly<Record<string, number>> = {},
  ) {
    const where = recordIndex === undefined ? "The input" : `Record ${recordIndex}`;
    super(`${where} cannot be read as data (${code}) at "${pointer}"`);
  }

  /** The error of a failed `readData`. */
  static of(read: Extract<DataRead, { ok: false }>, recordIndex?: number): DataReadError {
    return new DataReadError(read.code, toPointer(read.path), recordIndex, read.params);
  }
}
