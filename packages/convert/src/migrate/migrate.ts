import { DataReadError, readData } from "@tip/schema";
import type { ChangeNote, MigrationStep, PlainRecord } from "./migration-step.js";
import { MIGRATIONS } from "./migrations.js";

/** Thrown when no chain of steps leads from one version to another (a usage error, never about data). */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

/** A model version as bundles write it (`schemaVersion`). */
export const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * The steps leading from one version to another (shortest chain), `[]` for the same version, or `undefined`
 * when the registry has no way there (downgrades included: steps only go forward).
 */
export function migrationPath(
  fromVersion: string,
  toVersion: string,
  steps: readonly MigrationStep[] = MIGRATIONS,
): MigrationStep[] | undefined {
  const queue: [string, MigrationStep[]][] = [[fromVersion, []]];
  const visited = new Set([fromVersion]);
  while (queue.length > 0) {
    const [version, path] = queue.shift() as [string, MigrationStep[]];
    if (version === toVersion) return path;
    for (const step of steps) {
      if (step.from !== version || visited.has(step.to)) continue;
      visited.add(step.to);
      queue.push([step.to, [...path, step]]);
    }
  }
  return undefined;
}

function isPlainRecord(value: unknown): value is PlainRecord {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function applySteps(
  record: PlainRecord,
  steps: readonly MigrationStep[],
  toVersion: string,
  changed: ChangeNote,
): PlainRecord {
  if (record.recordType === "bundle") {
    const records = Array.isArray(record.records) ? record.records : [];
    if (steps.length > 0) changed("bundle.schemaVersion");
    return {
      ...record,
      schemaVersion: toVersion,
      records: records.map((inner) =>
        isPlainRecord(inner) ? applySteps(inner, steps, toVersion, changed) : inner,
      ),
    };
  }
  return steps.reduce((current, step) => step.up(current, changed), record);
}

/** A migrated record with the count of each kind of change made (kinds name fields, never values). */
export interface MigrationResult<T> {
  readonly value: T;
  readonly changes: ReadonlyMap<string, number>;
}

/**
 * As `migrate`, also counting the changes made by kind, each naming the fields it touched
 * (`victim.nationalities → victim.citizenships` ×3, `bundle.schemaVersion` ×1), for a report of an upgrade.
 */
export function migrateWithReport<T = PlainRecord>(
  record: unknown,
  fromVersion: string,
  toVersion: string,
): MigrationResult<T> {
  if (!SEMVER.test(fromVersion) || !SEMVER.test(toVersion)) {
    throw new MigrationError("Model versions are written MAJOR.MINOR.PATCH");
  }
  const steps = migrationPath(fromVersion, toVersion);
  if (steps === undefined) {
    throw new MigrationError(`No migration from model version ${fromVersion} to ${toVersion}`);
  }
  const read = readData(record);
  if (!read.ok) throw DataReadError.of(read);
  if (!isPlainRecord(read.value)) throw new MigrationError("Only a record (a JSON object) can be migrated");
  const changes = new Map<string, number>();
  const value = applySteps(read.value, steps, toVersion, (kind) => {
    changes.set(kind, (changes.get(kind) ?? 0) + 1);
  });
  return { value: value as T, changes };
}

/**
 * Migrates a record of the canonical model (any type, or a bundle with all its records, whose
 * `schemaVersion` is updated) from one model version to another by applying the registered steps in order.
 * The input is never changed. Throws `MigrationError` when a version is not semver or no chain of steps
 * leads there, and `DataReadError` (from `@tip/schema`) when the record cannot be read as data: a getter or
 * proxy that throws, a cycle, a function, nesting over 64 deep.
 */
export function migrate<T = PlainRecord>(record: unknown, fromVersion: string, toVersion: string): T {
  return migrateWithReport<T>(record, fromVersion, toVersion).value;
}
