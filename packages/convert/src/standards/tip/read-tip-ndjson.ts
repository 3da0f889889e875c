import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { SCHEMA_VERSION, type TipRecord } from "@tip/schema";
import { decodeSource } from "../../io/decode-source.js";
import type { Source } from "../../io/source.js";
import { textSettingsOf } from "../../io/text-options.js";
import { migrate } from "../../migrate/migrate.js";
import { MAX_RECORD_DEPTH, unsafeValue } from "../../model/safe-keys.js";
import { checkConverted } from "../../report/check-converted.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import { ReportBuilder } from "../../report/report-builder.js";

/** Options of `readTipNdjsonStream`. */
export interface ReadTipOptions {
  /** Model version the records were written in; they are migrated to `toVersion` (see `migrate`). */
  readonly fromVersion?: string;
  /** Model version to migrate to. Default: the version of `@tip/schema`. */
  readonly toVersion?: string;
  /** Text encoding; default `auto` (see `TextReadOptions.encoding`). */
  readonly encoding?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Reads canonical NDJSON (one record per line, told apart by `recordType`) as a stream, validating each
 * record. A bundle line gives its records. Lines that are not JSON objects are skipped and reported
 * (`invalid_json`, `not_a_record`), as are records nested more than 64 levels deep (`nesting_too_deep`) or
 * holding a `__proto__`, `constructor` or `prototype` key anywhere (`forbidden_key`); blank lines are not rows.
 */
export function readTipNdjsonStream(
  source: Source,
  options: ReadTipOptions = {},
): ConversionStream<TipRecord> {
  const builder = new ReportBuilder("tip", "tip");
  async function* records(): AsyncGenerator<TipRecord, void, undefined> {
    const { encoding } = textSettingsOf({ encoding: options.encoding });
    const input = Readable.from(decodeSource(source, encoding), { objectMode: false });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const row = builder.rowCount + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        builder.skippedRow("invalid_json", row);
        continue;
      }
      if (!isObject(value)) {
        builder.skippedRow("not_a_record", row);
        continue;
      }
      // A bundle's records sit two levels down (bundle > records > record).
      const depth = value.recordType === "bundle" ? MAX_RECORD_DEPTH + 2 : MAX_RECORD_DEPTH;
      const unsafe = unsafeValue(value, depth);
      if (unsafe !== undefined) {
        // Writers would overflow the stack on it, or a copy would take `__proto__` for a prototype.
        builder.skippedRow(unsafe, row);
        continue;
      }
      if (options.fromVersion !== undefined) {
        value = migrate(value, options.fromVersion, options.toVersion ?? SCHEMA_VERSION);
      }
      checkConverted(value, builder, row);
      const record = value as Record<string, unknown>;
      if (record.recordType === "bundle" && Array.isArray(record.records))
        yield* record.records as TipRecord[];
      else yield record as TipRecord;
    }
  }
  return { [Symbol.asyncIterator]: records, report: () => builder.build() };
}
