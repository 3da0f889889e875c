import { readRecords } from "@tip/schema";
import { generalizePlain } from "../generalize/generalize.js";
import type { GeneralizeOptions } from "../generalize/options.js";
import { enforceKInPlace, type SuppressionReport } from "../k-anonymity/enforce-k.js";
import { DEFAULT_K } from "../k-anonymity/k-anonymity.js";
import { isPlainObject, objectOfRecord } from "../model/record-object.js";
import type { PseudonymKey } from "../pseudonymize/key.js";
import { pseudonymizeEach } from "../pseudonymize/pseudonymize.js";
import type { ExtensionProfile } from "../redact/extension-profile.js";
import { redactWithTally } from "../redact/redact.js";
import { emptyTally, type RedactionTally } from "../redact/tally.js";
import { TIMESTAMP_FIELDS } from "./timestamps.js";

/**
 * Quasi identifiers kept by default: the CTDC-style victim profile (sex, age band, citizenship, year of
 * registration). Everything else that is quasi-identifying is removed.
 */
export const DEFAULT_QUASI: readonly string[] = [
  "victim.sex",
  "victim.ageBand",
  "victim.citizenships",
  "victim.yearOfRegistration",
];

/** Generalisation applied before redaction by default: age bands, years, countries. */
export const DEFAULT_ANONYMIZE_GENERALIZATION: GeneralizeOptions = {
  birth: "ageBand",
  dates: "year",
  places: "country",
};

/** Options of `anonymize`. */
export interface AnonymizeOptions {
  /** Secret key of the pseudonyms; keep it apart from the data. */
  readonly key: PseudonymKey;
  /** Smallest equivalence class; default 11. */
  readonly k?: number;
  /** Quasi identifiers kept (all others are removed) and made k-anonymous; default `DEFAULT_QUASI`. */
  readonly quasi?: readonly string[];
  /** Generalisation before redaction; default age bands, years and countries; `false` for none. */
  readonly generalize?: GeneralizeOptions | false;
  /** Classes of extension fields; unnamed extension fields are removed. */
  readonly extensions?: ExtensionProfile;
}

/**
 * What `anonymize` did. Counts only: safe to print and to share with the data. Every record in is out, removed
 * for k-anonymity, or left out: `recordsIn = recordsOut + suppression.suppressedRecords +
 * redaction.recordsLeftOut + recordsUnreadable + recordsChanged`.
 */
export interface AnonymizeReport {
  readonly recordsIn: number;
  readonly recordsOut: number;
  readonly redaction: RedactionTally;
  readonly suppression: SuppressionReport;
  /** Records that could not be read as data (`Anonymizer` only: `anonymize` throws instead). */
  readonly recordsUnreadable: number;
  /**
   * Records of `Anonymizer`'s second pass that were not as in its first (of a class it never surveyed, or
   * unreadable only then): left out, as their class was never checked. Zero when both passes read the same.
   */
  readonly recordsChanged: number;
}

type Item = { record: Record<string, unknown>; bundle?: number };

/**
 * Generalises, redacts (keeping only the chosen quasi identifiers, and removing free text of any personal class
 * and the timestamps of `TIMESTAMP_FIELDS`), makes the records k-anonymous over them by
 * suppressing values, and pseudonymises ids with the key, in that order. Records inside bundles are treated
 * with the others (classes span the whole input) and put back in their envelope. The result is pseudonymised
 * data: still personal data under GDPR Art. 4(5) and similar laws, to be protected as such.
 * Throws `DataReadError` (from `@tip/schema`, with the record's position and a pointer) when a record cannot be
 * read as data: a getter or proxy that throws, a cycle, a function, over 1,000,000 values, nesting over 64 deep.
 */
export async function anonymize<R>(
  records: readonly R[],
  options: AnonymizeOptions,
): Promise<{ readonly records: R[]; readonly report: AnonymizeReport }> {
  const quasi = options.quasi ?? DEFAULT_QUASI;
  const plain = readRecords(records);
  const items = flatten(plain);
  const tally = emptyTally();
  const owned: Item[] = [];
  for (const item of items) {
    const redacted = prepareRecord(item.record, options, tally);
    if (redacted === undefined) tally.recordsLeftOut++;
    else owned.push({ record: redacted, bundle: item.bundle });
  }
  const { removed, report: suppression } = enforceKInPlace(
    owned.map((item) => item.record),
    { quasi, k: options.k ?? DEFAULT_K },
  );
  const kept = owned.filter((_, index) => !removed.has(index));
  const pseudonymised = await pseudonymizeEach(
    kept.map((item) => item.record),
    { key: options.key },
  );
  const envelopes = await envelopesOf(plain, options, kept, pseudonymised);
  return {
    records: [...envelopes.loose, ...envelopes.bundles] as R[],
    report: {
      recordsIn: items.length,
      recordsOut: kept.length,
      redaction: tally,
      suppression,
      recordsUnreadable: 0,
      recordsChanged: 0,
    },
  };
}

/**
 * Generalises and redacts one record already read as plain data (`readData`), adding to the tally; undefined
 * when the record cannot be kept.
 */
export function prepareRecord(
  record: unknown,
  options: AnonymizeOptions,
  tally: RedactionTally,
): Record<string, unknown> | undefined {
  const quasi = options.quasi ?? DEFAULT_QUASI;
  const generalizing =
    options.generalize === false ? undefined : (options.generalize ?? DEFAULT_ANONYMIZE_GENERALIZATION);
  const [prepared] = generalizing ? generalizePlain([record], generalizing) : [record];
  return prepared === undefined ? undefined : redactInto(prepared, quasi, options.extensions, tally);
}

/** Redacts one record, adding to the tally; undefined when the record cannot be kept. */
function redactInto(
  record: unknown,
  quasi: readonly string[],
  extensions: ExtensionProfile | undefined,
  tally: RedactionTally,
): Record<string, unknown> | undefined {
  const classes = Object.fromEntries(TIMESTAMP_FIELDS.map((field) => [field, "quasi" as const]));
  const { records, tally: own } = redactWithTally([record], {
    keep: quasi,
    extensions,
    classes,
    freeText: "remove",
  });
  for (const pii of ["direct", "quasi", "sensitive"] as const) tally.removed[pii] += own.removed[pii];
  tally.nonConforming += own.nonConforming;
  tally.unknownKeys += own.unknownKeys;
  return records[0] as Record<string, unknown> | undefined;
}

function flatten(records: readonly unknown[]): Item[] {
  const items: Item[] = [];
  records.forEach((record, position) => {
    if (objectOfRecord(record) === "bundle" && Array.isArray((record as Record<string, unknown>).records)) {
      for (const inner of (record as { records: unknown[] }).records) {
        items.push({ record: inner as Record<string, unknown>, bundle: position });
      }
    } else items.push({ record: record as Record<string, unknown> });
  });
  return items;
}

/** A bundle's envelope (without its records) redacted and pseudonymised; undefined when it cannot be kept. */
export async function anonymizeEnvelope(
  envelope: Record<string, unknown>,
  options: Pick<AnonymizeOptions, "key" | "extensions">,
): Promise<Record<string, unknown> | undefined> {
  const {
    records: [redacted],
  } = redactWithTally([{ ...envelope, records: [] }], { extensions: options.extensions });
  const [pseudonymous] = await pseudonymizeEach([redacted], { key: options.key });
  return isPlainObject(pseudonymous) ? pseudonymous : undefined;
}

async function envelopesOf(
  records: readonly unknown[],
  options: AnonymizeOptions,
  kept: readonly { bundle?: number }[],
  pseudonymised: readonly unknown[],
): Promise<{ loose: unknown[]; bundles: unknown[] }> {
  const loose = pseudonymised.filter(
    (record, index) => record !== undefined && kept[index]?.bundle === undefined,
  );
  const bundles: unknown[] = [];
  for (const [position, record] of records.entries()) {
    if (objectOfRecord(record) !== "bundle" || !isPlainObject(record)) continue;
    const pseudonymous = await anonymizeEnvelope(record, options);
    if (pseudonymous === undefined) continue;
    pseudonymous.records = pseudonymised.filter(
      (inner, index) => inner !== undefined && kept[index]?.bundle === position,
    );
    bundles.push(pseudonymous);
  }
  return { loose, bundles };
}
