import { DataReadError } from "@tip/schema";

/** Stands for an item whose getter or proxy trap threw: `readData` reports a symbol as unreadable. */
const UNREADABLE_ITEM = Symbol("unreadable item");

/**
 * The items of a list of records handed to a writer, each read once. An item that throws when read becomes a
 * value `readData` reports as `unreadable_value`, so the writer skips that row with the reason and goes on.
 * Throws `DataReadError` when the list itself cannot be read (a revoked proxy, a throwing trap) or holds more
 * than `maxItems` entries (a sparse array of length 1e8).
 */
export function readItems(records: unknown, maxItems = 1_000_000): unknown[] {
  let length: number | undefined;
  try {
    if (Array.isArray(records)) length = (records as unknown[]).length;
  } catch {
    // The list cannot be read.
  }
  if (length === undefined || !Number.isSafeInteger(length)) {
    throw new DataReadError("unreadable_value", "", undefined);
  }
  if (length > maxItems) throw new DataReadError("value_too_large", "", undefined, { maxValues: maxItems });
  const items: unknown[] = [];
  for (let index = 0; index < length; index++) {
    try {
      items.push((records as unknown[])[index]);
    } catch {
      items.push(UNREADABLE_ITEM);
    }
  }
  return items;
}

/**
 * The items of a sync or async iterable, each in a box: `for await` reads `then` of every value it is given,
 * which a proxy or a getter could make throw, so a sync list is iterated as such and its items never awaited.
 */
export async function* boxedItems(
  records: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<{ readonly item: unknown }, void, undefined> {
  if (Symbol.iterator in Object(records)) {
    for (const item of records as Iterable<unknown>) yield { item };
  } else {
    for await (const item of records as AsyncIterable<unknown>) yield { item };
  }
}
