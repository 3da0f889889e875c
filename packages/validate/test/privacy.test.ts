import { EXAMPLES, type FieldNode, type RecordType, recordFieldTree } from "@tip/schema";
import { describe, expect, it } from "vitest";
import {
  formatTextReport,
  type Lang,
  toJsonReport,
  validateBundle,
  validateRecord,
} from "../src/public-api.js";
import { MESSAGES, ndjson, validateText } from "./helpers.js";

const LANGS: readonly Lang[] = ["en", "es", "fr", "pt"];
const TYPES = [
  "case",
  "victim",
  "perpetrator",
  "agency",
  "referral",
] as const satisfies readonly RecordType[];

/** Paths of every field whose pii class is not `none`, from the field tree (arrays of objects: element 0). */
function personalPaths(node: FieldNode, prefix: (string | number)[] = []): (string | number)[][] {
  if (node.type !== "object") return [];
  const paths: (string | number)[][] = [];
  for (const [key, field] of node.children) {
    const path = [...prefix, key];
    if ((field.pii ?? "none") !== "none") paths.push(path);
    if (field.type === "object") paths.push(...personalPaths(field, path));
    if (field.type === "array" && field.item.type === "object")
      paths.push(...personalPaths(field.item, [...path, 0]));
  }
  return paths;
}

/** Puts a value at a path, making the objects and arrays on the way. */
function plant(record: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node = record as Record<string | number, unknown>;
  path.slice(0, -1).forEach((segment, i) => {
    const next = node[segment];
    if (next === null || typeof next !== "object") node[segment] = typeof path[i + 1] === "number" ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[path.at(-1) as string | number] = value;
}

const CANARY = "CANARY-Zq7w";
const canaries = (n: number) => [
  `${CANARY}-${n}`,
  `${CANARY}-${n}-${"long".repeat(6000)}`,
  [`${CANARY}-${n}`],
];

/** Invalid records with a canary in one personal field each, and one with canaries in all of them. */
function invalidRecords(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let n = 0;
  for (const type of TYPES) {
    const paths = personalPaths(recordFieldTree(type));
    expect(paths.length, type).toBeGreaterThan(3);
    const all = structuredClone(EXAMPLES[type]) as Record<string, unknown>;
    for (const path of paths) {
      for (const value of canaries(n++)) {
        const record = structuredClone(EXAMPLES[type]) as Record<string, unknown>;
        plant(record, path, value);
        out.push(record);
      }
      plant(all, path, `${CANARY}-${n++}`);
    }
    out.push(all);
  }
  return out;
}

describe("privacy of reports", () => {
  const records = invalidRecords();

  it("plants canaries in records that are invalid", () => {
    const invalid = records.filter((record) => !validateRecord(record).ok);
    expect(invalid.length / records.length).toBeGreaterThan(0.6);
  });

  it.each(LANGS)("never shows a canary in issues, text or JSON reports (%s)", async (lang) => {
    for (const record of records) {
      const result = validateRecord(record, { locale: MESSAGES[lang] });
      expect(JSON.stringify(result.issues)).not.toContain(CANARY);
    }
    const bundle = validateBundle(
      { ...structuredClone(EXAMPLES.bundle), records },
      { locale: MESSAGES[lang] },
    );
    expect(bundle.ok).toBe(false);
    const streamed = await validateText(ndjson(records), { format: "ndjson", lang, maxIssues: 100_000 });
    const json = await validateText(JSON.stringify({ ...EXAMPLES.bundle, records }), {
      format: "json",
      lang,
    });
    const csv = await validateText(
      `recordType,id,givenName,birthDate,sex,ageAtIdentification,citizenships,identification.status\n` +
        `victim,${EXAMPLES.victim.id},${CANARY},${CANARY},${CANARY},${CANARY},${CANARY};VE,${CANARY}\n`,
      { format: "csv", lang },
    );
    expect(csv.invalid).toBe(1);
    for (const summary of [bundle.summary, streamed, json, csv]) {
      expect(summary.issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(summary)).not.toContain(CANARY);
      expect(JSON.stringify(toJsonReport(summary))).not.toContain(CANARY);
      for (const reportLang of LANGS) {
        expect(formatTextReport(summary, { locale: MESSAGES[reportLang], maxLocations: 1000 })).not.toContain(
          CANARY,
        );
      }
    }
  });
});
