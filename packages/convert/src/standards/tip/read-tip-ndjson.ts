import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { parseJson, SCHEMA_VERSION, type TipRecord } from "@tip/schema";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { decodeSource } from "../../io/decode-source.js";
import type { Source } from "../../io/source.js";
import { textSettingsOf } from "../../io/text-options.js";
import { migrateWithReport, migrationPath, SEMVER } from "../../migrate/migrate.js";
import { MAX_RECORD_DEPTH, unsafeValue } from "../../model/safe-keys.js";
import { checkConverted } from "../../report/check-converted.js";
import type { ConversionStream } from "../../report/conversion-stream.js";
import type { ProfileOption } from "../../report/profile-option.js";
import { ReportBuilder } from "../../report/report-builder.js";

/** Options of `readTipNdjsonStream`. */
export interface ReadTipOptions extends ProfileOption {
  /**
   * Model version of records outside a bundle (default: the current one). A bundle's own `schemaVersion` wins
   * for its records. Older records are migrated to `toVersion` (see `migrate`) and the report says how.
   */
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
 * A bundle written in an older model version (its `schemaVersion`) is upgraded, and the report's `migrations`
 * count the records and each kind of change; a version no migration leads from (unknown, or newer than this
 * SDK) stops the read with a `ConvertInputError` (`unknown_model_version`).
 */
export function readTipNdjsonStream(
  source: Source,
  options: ReadTipOptions = {},
): ConversionStream<TipRecord> {
  const builder = new ReportBuilder("tip", "tip", { profile: options.profile });
  const toVersion = options.toVersion ?? SCHEMA_VERSION;
  /** The record in `toVersion`'s form: migrated when its bundle (or `fromVersion`) says an older version. */
  function upgraded(value: Record<string, unknown>, row: number): Record<string, unknown> {
    const stated = value.recordType === "bundle" ? value.schemaVersion : undefined;
    // A malformed schemaVersion is left for validation to report; the bundle is then read as it is.
    const from = typeof stated === "string" && SEMVER.test(stated) ? stated : options.fromVersion;
    if (from === undefined || from === toVersion) return value;
    if (migrationPath(from, toVersion) === undefined) {
      throw new ConvertInputError(
        "unknown_model_version",
        `line ${row}: model version ${from} cannot be upgraded to ${toVersion}`,
        row,
        undefined,
        { found: from, current: toVersion },
      );
    }
    const result = migrateWithReport<Record<string, unknown>>(value, from, toVersion);
    const inner = result.value.recordType === "bundle" ? result.value.records : undefined;
    builder.migrated(from, toVersion, Array.isArray(inner) ? inner.length : 1, result.changes);
    return result.value;
  }
  async function* records(): AsyncGenerator<TipRecord, void, undefined> {
    const { encoding } = textSettingsOf({ encoding: options.encoding });
    const input = Readable.from(decodeSource(source, encoding), { objectMode: false });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const row = builder.rowCount + 1;
      let value: unknown;
      try {
        // Keys are numbered as the line wrote them when an issue points at one by its place.
        value = parseJson(line);
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
      value = upgraded(value, row);
      checkConverted(value, builder, row);
      const record = value as Record<string, unknown>;
      if (record.recordType === "bundle" && Array.isArray(record.records))
        yield* record.records as TipRecord[];
      else yield record as TipRecord;
    }
  }
  return { [Symbol.asyncIterator]: records, report: () => builder.build() };
}
