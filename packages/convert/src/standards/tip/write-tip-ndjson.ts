import { DataReadError, readData } from "@tip/schema";
import { boxedItems } from "../../io/read-items.js";

/**
 * Canonical NDJSON: one record per line. Throws `DataReadError` (from `@tip/schema`, with the record's
 * position) when a record cannot be read as data: a getter or proxy that throws, a cycle, a function, a BigInt,
 * nesting over 64 deep; nothing is written for it, so the lines before it are whole records.
 */
export async function* writeTipNdjson(
  records: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<string> {
  let index = 0;
  for await (const { item: record } of boxedItems(records)) {
    const read = readData(record);
    if (!read.ok) throw DataReadError.of(read, index);
    index++;
    yield `${JSON.stringify(read.value)}\n`;
  }
}
