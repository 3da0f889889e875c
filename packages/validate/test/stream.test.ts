import { Buffer } from "node:buffer";
import { statSync } from "node:fs";
import { Readable } from "node:stream";
import { generate } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import { type Located, validateStream } from "../src/public-api.js";
import { example, found, ndjson, tempFile, uuid, validateText, victim } from "./helpers.js";

const { records, invalid } = generate({ seed: 11, count: 150, errorRate: 0.25 });
const strip = (issues: readonly Located[], prefix: RegExp) =>
  issues.map((issue) => [issue.code, issue.path.replace(prefix, "")]).sort();

describe("validateStream", () => {
  it("finds the mistakes the generator made, and nothing else, in NDJSON", async () => {
    const summary = await validateText(ndjson(records), { format: "ndjson", maxIssues: 10_000 });
    expect(summary.total).toBe(records.length);
    expect(summary.invalid).toBe(invalid.size);
    expect(summary.valid + summary.invalid + summary.skipped).toBe(summary.total);
    for (const issue of summary.issues) {
      const record = records[issue.recordIndex as number] as { id: string };
      expect(invalid.has(record.id), `${issue.code} ${issue.path}`).toBe(true);
    }
    const expected = [...invalid.values()].map((error) => [error.code, error.path]);
    const reported = summary.issues.map((issue) => [issue.code, issue.path]);
    for (const pair of expected) expect(reported).toContainEqual(pair);
  });

  it("gives the same verdict for NDJSON, a JSON array and a JSON bundle, at any chunk size", async () => {
    const fromLines = await validateText(ndjson(records), { format: "ndjson", maxIssues: 10_000 });
    const fromArray = await validateText(JSON.stringify(records), { format: "json", maxIssues: 10_000 }, 777);
    const bundle = { ...example("bundle"), records };
    const fromBundle = await validateText(
      JSON.stringify(bundle, null, 1),
      { format: "json", maxIssues: 10_000 },
      4096,
    );
    for (const summary of [fromArray, fromBundle]) {
      expect([summary.total, summary.valid, summary.invalid]).toEqual([
        fromLines.total,
        fromLines.valid,
        fromLines.invalid,
      ]);
      expect(summary.byCode).toEqual(fromLines.byCode);
    }
    expect(strip(fromArray.issues, /^\/\d+/)).toEqual(strip(fromLines.issues, /^$/));
    expect(strip(fromBundle.issues, /^\/records\/\d+/)).toEqual(strip(fromLines.issues, /^$/));
    expect(fromBundle.issues.every((issue) => issue.path.startsWith("/records/"))).toBe(true);
  });

  it("checks a streamed bundle's header, wherever its records sit in the document", async () => {
    const { records: inner, ...header } = example("bundle") as { records: unknown[] };
    const text = `{"records":${JSON.stringify(inner)},${JSON.stringify({ ...header, sender: { ...(header as { sender: object }).sender, country: "JM" } }).slice(1)}`;
    const summary = await validateText(text, { format: "json" }, 50);
    expect(found(summary)).toEqual([["bundle_header_mismatch", "/sender/country", 1]]);
    expect(summary.total).toBe(6);
  });

  it("checks a JSON document that is one record, a bundle whose records are not a list, rejects nested bundles", async () => {
    const one = await validateText(JSON.stringify(victim(uuid(1), { sex: "robot" })), { format: "json" });
    expect(found(one)).toEqual([["invalid_code", "/sex", 1]]);
    const broken = await validateText(JSON.stringify({ ...example("bundle"), records: 5 }), {
      format: "json",
    });
    expect(found(broken)).toEqual([["invalid_type", "/records", 1]]);
    const nested = await validateText(JSON.stringify([example("bundle")]), { format: "json" });
    expect(found(nested)).toEqual([["invalid_record_type", "/0/recordType", 1]]);
  });

  it("keeps at most maxIssues issues, hands each to onIssue, counts them all", async () => {
    const bad = Array.from({ length: 20 }, (_, i) => victim(uuid(i), { sex: "robot" }));
    const seen: Located[] = [];
    const summary = await validateText(ndjson(bad), {
      format: "ndjson",
      maxIssues: 5,
      onIssue: (i) => seen.push(i),
    });
    expect(summary.issues).toHaveLength(5);
    expect(seen).toEqual(summary.issues);
    expect(summary.truncated).toBe(true);
    expect(summary.byCode).toEqual({ invalid_code: 20 });
    expect(summary.invalid).toBe(20);
  });

  it("reads a file path (naming the file in issues), a Node stream and chunks of text, reporting progress", async () => {
    const text = ndjson([victim(uuid(1), { sex: "x" }), victim(uuid(2))]);
    const file = tempFile("export.ndjson", text);
    const progress: number[] = [];
    const fromFile = await validateStream(file, {
      format: "ndjson",
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(fromFile.issues[0]?.file).toBe(file);
    expect(progress.at(-1)).toBe(statSync(file).size);
    const fromNode = await validateStream(Readable.from([Buffer.from(text)]), {
      format: "ndjson",
      file: "x.ndjson",
    });
    expect(fromNode.issues[0]?.file).toBe("x.ndjson");
    async function* strings() {
      yield text.slice(0, 10);
      yield text.slice(10);
    }
    const fromText = await validateStream(strings(), { format: "ndjson" });
    expect(found(fromText)).toEqual(found(fromNode));
  });

  it("stops when the signal aborts, and rejects when the file cannot be read", async () => {
    const controller = new AbortController();
    async function* endless() {
      for (let i = 0; ; i++) {
        if (i === 3) controller.abort();
        yield Buffer.from(ndjson([victim(uuid(i))]));
      }
    }
    await expect(validateStream(endless(), { format: "ndjson", signal: controller.signal })).rejects.toThrow(
      /abort/i,
    );
    await expect(validateStream("/no/such/file.ndjson", { format: "ndjson" })).rejects.toThrow(/ENOENT/);
    await expect(validateStream([] as never, { format: "xml" as never })).rejects.toThrow(TypeError);
  });

  it("checks ids across the stream: duplicates, dangling references reported at the end, forward references", async () => {
    const caseRecord = {
      ...example("case"),
      id: uuid(100),
      victimIds: [uuid(1), uuid(2)],
      perpetratorIds: [],
    };
    delete (caseRecord as Record<string, unknown>).reportingAgencyIds;
    delete (caseRecord as Record<string, unknown>).leadAgencyId;
    const lines = [
      caseRecord,
      victim(uuid(1), { caseIds: [uuid(100)] }),
      victim(uuid(1)),
      victim(uuid(3), { caseIds: [uuid(101)] }),
    ];
    const summary = await validateText(ndjson(lines), { format: "ndjson" });
    expect(found(summary)).toEqual([
      ["duplicate_id", "/id", 3],
      ["dangling_reference", "/victimIds/1", 1],
      ["dangling_reference", "/caseIds/0", 4],
    ]);
    expect(summary.issues[0]?.params).toEqual({ firstLine: 2 });
    expect(summary.issues[1]?.params).toEqual({ field: "case.victimIds" });
    expect([summary.valid, summary.invalid]).toEqual([1, 3]);
    expect(summary.byRecordType.case).toEqual({ total: 1, valid: 0, invalid: 1 });
    const off = await validateText(ndjson(lines), { format: "ndjson", references: false });
    expect(off.issues).toEqual([]);
  });

  it("reads a flat CSV: dotted columns, repeated values, types from the schema, line and column in issues", async () => {
    const csv = [
      "recordType,id,ageAtExploitation,deceased,exploitation.forms,identification.status,givenName",
      `victim,${uuid(1)},16,false,forced_labour;sexual_exploitation,presumed,"Multi`,
      `line name"`,
      `victim,${uuid(2)},sixteen,maybe,forced_labour,identified,`,
      `victim,${uuid(3)},,,"forced_labour;robbery",,`,
    ].join("\n");
    const summary = await validateText(csv, { format: "csv" }, 16);
    expect(summary.issues.map((issue) => [issue.code, issue.path, issue.line, issue.column])).toEqual([
      ["invalid_type", "/ageAtExploitation", 4, 3],
      ["invalid_type", "/deceased", 4, 4],
      ["invalid_code", "/exploitation/forms/1", 5, 5],
    ]);
    expect([summary.total, summary.valid, summary.invalid]).toEqual([3, 1, 2]);
  });
});
