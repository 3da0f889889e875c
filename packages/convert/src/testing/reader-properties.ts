import { EXAMPLES, RECORD_TYPES } from "@tip/schema";
import fc from "fast-check";
import { expect } from "vitest";
import { ConvertInputError } from "../io/convert-input-error.js";
import type { ConversionReport } from "../report/conversion-report.js";

// Arbitraries and checks shared by the readers' property tests: hostile keys, headers and cells with a canary
// in them, and the promises every reader keeps whatever it is given.

/** A value planted in keys, headers and cells, which no report, issue or error may ever carry. */
export const CANARY = "Qz7Canary";

const CANARY_PATTERN = new RegExp(CANARY, "i");

/** Keys a hostile file plants: prototype keys, names `Object.prototype` has, an empty key, the canary. */
export const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "length",
  "",
  `${CANARY}-key`,
] as const;

/** Cell and value texts that trouble readers: missing markers, formulas, escapes, quotes, the canary. */
export const HOSTILE_TEXTS = [
  `${CANARY}-value`,
  "-99",
  "Unknown",
  "NA",
  "=1+1",
  "'=1+1",
  "\u001b[31m",
  "\r\n",
  '"',
  "{}",
  "[]",
  "null",
  "_x0000_",
  "\uFEFF",
  "1e400",
  "<5",
  " ",
] as const;

/** Any text, often one of `HOSTILE_KEYS` or `HOSTILE_TEXTS`, sometimes with the canary inside. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS, ...HOSTILE_TEXTS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.string({ maxLength: 4 }).map((text) => `${text}${CANARY}${text}`),
);

/** A key of a JSON object: a hostile one, a field of the model, or any text. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS),
  fc.constantFrom(
    "recordType",
    "id",
    "sex",
    "givenName",
    "extensions",
    "records",
    "victimIds",
    "birthYear",
    "identification",
  ),
  fc.string({ maxLength: 8 }),
);

/** The text of a JSON object from its entries, written by hand so that keys may repeat or be `__proto__`. */
export function objectText(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`;
}

/**
 * JSON text of any shape with hostile keys and values at every depth: objects (keys repeated, `__proto__`),
 * arrays, and leaves that are any JSON value or a hostile text.
 */
export const hostileJson: fc.Arbitrary<string> = fc.letrec<{
  node: string;
  object: string;
  array: string;
}>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(
      fc.jsonValue({ maxDepth: 0 }).map((value) => JSON.stringify(value)),
      hostileText.map((text) => JSON.stringify(text)),
    ),
    tie("object"),
    tie("array"),
  ),
  object: fc.array(fc.tuple(hostileKey, tie("node")), { maxLength: 5 }).map(objectText),
  array: fc.array(tie("node"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
})).node;

/** Every path in a JSON value (keys and indexes), the value's own (`[]`) first. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...path, key]))];
}

const PLACEHOLDER = "\u0000placeholder\u0000";

/** One of the model's examples with the value at one of its paths (any depth) replaced by hostile JSON. */
const mutatedExampleJson: fc.Arbitrary<string> = fc
  .constantFrom(...Object.values(EXAMPLES))
  .chain((example) =>
    fc.tuple(fc.constant(example), fc.constantFrom(...pathsOf(example).slice(1)), hostileJson),
  )
  .map(([example, path, replacement]) => {
    const copy = JSON.parse(JSON.stringify(example)) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1) as string | number] = PLACEHOLDER;
    return JSON.stringify(copy).replace(JSON.stringify(PLACEHOLDER), replacement);
  });

/**
 * JSON text of something like a record: a record type (sometimes), one of the model's examples changed by hostile
 * entries (sometimes), and hostile entries at every depth; or an example with a value deep inside replaced.
 */
export const recordLikeJson: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...RECORD_TYPES, "bundle", "Victim", ""), { nil: undefined }),
    fc.option(fc.constantFrom(...Object.values(EXAMPLES)), { nil: undefined }),
    fc.array(fc.tuple(hostileKey, hostileJson), { maxLength: 4 }),
  )
  .map(([recordType, example, entries]) => {
    const base = example === undefined ? [] : Object.entries(example).map(([k, v]) => [k, JSON.stringify(v)]);
    const typed = recordType === undefined ? [] : [["recordType", JSON.stringify(recordType)]];
    return objectText([...(base as [string, string][]), ...(typed as [string, string][]), ...entries]);
  })
  .chain((text) => fc.oneof(fc.constant(text), mutatedExampleJson));

/**
 * Runs a read; the only error it may throw is the documented `ConvertInputError`, whose message carries no
 * canary and no line break. Returns `undefined` when it threw that.
 */
export async function attemptRead<T>(read: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ConvertInputError)) throw error;
    expect(error.message).not.toMatch(CANARY_PATTERN);
    expect(error.message).not.toMatch(/[\n\r]/);
    return undefined;
  }
}

/** Reads a stream of records to its end, then its report. */
export async function drain<R>(
  stream: AsyncIterable<R> & { report(): ConversionReport },
): Promise<{ records: R[]; report: ConversionReport }> {
  const records: R[] = [];
  for await (const record of stream) records.push(record);
  return { records, report: stream.report() };
}

/**
 * What every reader's report keeps, whatever it read: rows reconcile (`converted + invalid + skipped = total`),
 * and nothing in it (issues' messages and paths, fields, invalid values, skipped rows) carries the canary.
 */
export function expectSoundReport(report: ConversionReport): void {
  const { rows } = report;
  expect(rows.converted + rows.invalid + rows.skipped).toBe(rows.total);
  for (const issue of report.issues) {
    expect(issue.message).not.toMatch(CANARY_PATTERN);
    expect(issue.path).not.toMatch(CANARY_PATTERN);
  }
  expect(JSON.stringify(report)).not.toMatch(CANARY_PATTERN);
}
