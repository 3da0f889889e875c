/** Canonical NDJSON: one record per line. */
export async function* writeTipNdjson(
  records: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
