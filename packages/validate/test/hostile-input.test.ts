import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { validateStream } from "../src/public-api.js";
import { found, ndjson, uuid, validateText, victim } from "./helpers.js";

const two = [victim(uuid(1)), victim(uuid(2))];
const counts = (s: { total: number; valid: number; invalid: number; skipped: number }) => [
  s.total,
  s.valid,
  s.invalid,
  s.skipped,
];

describe("hostile and broken input", () => {
  it("UTF-8 byte order mark: dropped in NDJSON, JSON and CSV", async () => {
    const bom = "\ufeff";
    expect(found(await validateText(bom + ndjson(two), { format: "ndjson" }))).toEqual([]);
    expect(found(await validateText(bom + JSON.stringify(two), { format: "json" }))).toEqual([]);
    const csv = `${bom}id,sex\n${uuid(1)},female\n`;
    const summary = await validateText(csv, { format: "csv", recordType: "victim" });
    expect(found(summary)).toEqual([]);
    expect(summary.valid).toBe(1);
  });

  it("CRLF line endings", async () => {
    const summary = await validateText(ndjson(two, "\r\n"), { format: "ndjson" });
    expect(counts(summary)).toEqual([2, 2, 0, 0]);
    const csv = await validateText(`id,sex\r\n${uuid(1)},female\r\n${uuid(2)},male\r\n`, {
      format: "csv",
      recordType: "victim",
    });
    expect(counts(csv)).toEqual([2, 2, 0, 0]);
  });

  it("blank lines are not records", async () => {
    const text = `\n  \n${JSON.stringify(two[0])}\n\n\t\r\n${JSON.stringify(two[1])}\n\n`;
    const summary = await validateText(text, { format: "ndjson" });
    expect(counts(summary)).toEqual([2, 2, 0, 0]);
  });

  it("a truncated last line is reported as cut short and skipped", async () => {
    const text = `${ndjson(two)}${JSON.stringify(victim(uuid(3))).slice(0, 50)}`;
    const summary = await validateText(text, { format: "ndjson" });
    expect(found(summary)).toEqual([["truncated_input", "", 3]]);
    expect(counts(summary)).toEqual([3, 2, 0, 1]);
    const json = await validateText(JSON.stringify(two).slice(0, -20), { format: "json" });
    expect(found(json).map(([code]) => code)).toEqual(["truncated_input"]);
  });

  it("invalid UTF-8 and NUL bytes: the line is reported and skipped, the others are checked", async () => {
    const lines = ndjson(two).split("\n");
    const bad = Buffer.concat([
      Buffer.from(`${lines[0]}\n`),
      Buffer.from('{"recordType":"victim","givenName":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n{"recordType":"vic\u0000tim"}\n'),
      Buffer.from(`${lines[1]}\n`),
    ]);
    const summary = await validateText(bad, { format: "ndjson" });
    expect(found(summary)).toEqual([
      ["invalid_utf8", "", 2],
      ["nul_byte", "", 3],
    ]);
    expect(counts(summary)).toEqual([4, 2, 0, 2]);
  });

  it("a 50 MB single line is reported, skipped and never held whole in memory", async () => {
    const chunk = Buffer.alloc(1 << 20, 0x78);
    let peak = 0;
    async function* source() {
      yield Buffer.from(`${JSON.stringify(two[0])}\n{"recordType":"victim","givenName":"`);
      const base = process.memoryUsage().arrayBuffers;
      for (let i = 0; i < 50; i++) {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
        yield chunk;
      }
      yield Buffer.from(`"}\n${JSON.stringify(two[1])}\n`);
    }
    const summary = await validateStream(source(), { format: "ndjson", maxLineBytes: 4 << 20 });
    expect(found(summary)).toEqual([["line_too_long", "", 2]]);
    expect(summary.issues[0]?.params).toEqual({ maxBytes: 4 << 20 });
    expect(counts(summary)).toEqual([3, 2, 0, 1]);
    expect(peak).toBeLessThan(20 << 20);
    const byDefault = await validateStream(source(), { format: "ndjson" });
    expect(found(byDefault)).toEqual([["line_too_long", "", 2]]);
  });

  it("nesting 10,000 deep is reported without recursion, in NDJSON and JSON", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const record = JSON.stringify(victim(uuid(1), { extensions: { lc: { deep: 1 } } })).replace(
      "1}}",
      `${deep}}}`,
    );
    const text = `${record}\n${deep}\n${JSON.stringify(two[1])}\n`;
    const summary = await validateText(text, { format: "ndjson" });
    expect(found(summary)).toEqual([
      ["nesting_too_deep", "", 1],
      ["nesting_too_deep", "", 2],
    ]);
    expect(counts(summary)).toEqual([3, 1, 0, 2]);
    const json = await validateText(`[${record},${JSON.stringify(two[1])}]`, { format: "json" });
    expect(found(json)).toEqual([["nesting_too_deep", "/0", 1]]);
    const limit = await validateText(ndjson([victim(uuid(1), { extensions: { lc: { a: { b: {} } } } })]), {
      format: "ndjson",
      maxDepth: 3,
    });
    expect(limit.issues[0]?.params).toEqual({ maxDepth: 3 });
  });

  it("__proto__, constructor and prototype keys are reported and pollute nothing", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = [
      '{"recordType":"victim","id":"00000000-0000-4000-8000-000000000001","__proto__":{"polluted":"yes"}}',
      '{"recordType":"victim","id":"00000000-0000-4000-8000-000000000002","constructor":{"prototype":{"polluted":"yes"}}}',
      '{"recordType":"victim","id":"00000000-0000-4000-8000-000000000003","extensions":{"lc":{"__proto__":{"polluted":"yes"},"prototype":1}}}',
      '{"__proto__":{"recordType":"victim"},"prototype":{"polluted":"yes"}}',
    ].join("\n");
    const summary = await validateText(hostile, { format: "ndjson" });
    // Unknown keys are never shown: the issue points at the record and numbers the key (third of each).
    expect(found(summary)).toEqual([
      ["unknown_field", "", 1],
      ["unknown_field", "", 2],
      ["invalid_record_type", "/recordType", 4],
    ]);
    expect(summary.issues.slice(0, 2).map((issue) => issue.params)).toEqual([
      { position: 3 },
      { position: 3 },
    ]);
    const json = await validateText(`[${hostile.split("\n").join(",")}]`, { format: "json" });
    expect(json.invalid).toBe(3);
    const csv = await validateText(
      `id,__proto__.polluted,constructor.prototype.polluted\n${uuid(1)},yes,yes\n`,
      {
        format: "csv",
        recordType: "victim",
      },
    );
    expect(found(csv).map(([code]) => code)).toEqual(["csv_extra_column", "csv_extra_column"]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBe(undefined);
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("duplicate keys are reported at their pointer, in NDJSON and JSON", async () => {
    const line = JSON.stringify(victim(uuid(1))).replace('"sex":"female"', '"sex":"female","sex":"male"');
    const nested = JSON.stringify(victim(uuid(2))).replace(
      '"status":"identified"',
      '"status":"identified","status":"presumed"',
    );
    const summary = await validateText(`${line}\n${nested}\n`, { format: "ndjson" });
    // The key is not shown: the issue points at its object and gives the place of its second writing.
    expect(found(summary)).toEqual([
      ["duplicate_key", "", 1],
      ["duplicate_key", "/identification", 2],
    ]);
    const second = Object.keys(victim(uuid(1))).indexOf("sex") + 2;
    const secondStatus = Object.keys(victim(uuid(2)).identification as object).indexOf("status") + 2;
    expect(summary.issues.map((issue) => issue.params)).toEqual([
      { position: second },
      { position: secondStatus },
    ]);
    expect(counts(summary)).toEqual([2, 0, 2, 0]);
    const json = await validateText(`{"a":1,"a":2}`, { format: "json" });
    expect(json.issues.map((issue) => issue.code)).toContain("duplicate_key");
    const bundle = await validateText(`[${line}]`, { format: "json" });
    expect(found(bundle)).toEqual([["duplicate_key", "/0", 1]]);
  });

  it("numbers given as strings are the wrong type, not coerced; dates in other formats are invalid_format", async () => {
    const summary = await validateText(
      ndjson([victim(uuid(1), { ageAtIdentification: "17" }), victim(uuid(2), { birthDate: "14/05/2001" })]),
      { format: "ndjson" },
    );
    expect(found(summary)).toEqual([
      ["invalid_type", "/ageAtIdentification", 1],
      ["invalid_format", "/birthDate", 2],
    ]);
  });

  it("an empty file, or one of white space only, is empty_input with a total of 0", async () => {
    for (const format of ["ndjson", "json", "csv"] as const) {
      for (const text of ["", " \n\r\n\t"]) {
        const summary = await validateText(text, { format, recordType: "victim" });
        expect(found(summary), `${format} ${JSON.stringify(text)}`).toEqual([["empty_input", "", undefined]]);
        expect(summary.total).toBe(0);
      }
    }
    const header = await validateText("id,sex\n", { format: "csv", recordType: "victim" });
    expect(found(header)).toEqual([["empty_input", "", undefined]]);
  });

  it("a file that is not in the declared format gets one issue, not one per line", async () => {
    const csv = `recordType,id,sex\n${Array.from({ length: 500 }, (_, i) => `victim,${uuid(i)},female`).join("\n")}\n`;
    const asNdjson = await validateText(csv, { format: "ndjson" });
    expect(found(asNdjson)).toEqual([["not_declared_format", "", 1]]);
    expect(asNdjson.issues[0]?.params).toEqual({ declared: "NDJSON", detected: "csv" });
    expect(counts(asNdjson)).toEqual([501, 0, 0, 501]);
    expect(asNdjson.errors).toBe(1);
    const asJson = await validateText(csv, { format: "json" });
    expect(found(asJson)).toEqual([["not_declared_format", "", 1]]);
    const ndjsonAsJson = await validateText(ndjson(two), { format: "json" });
    expect(found(ndjsonAsJson)).toEqual([["not_declared_format", "", 2]]);
    expect(ndjsonAsJson.issues[0]?.params).toEqual({ declared: "JSON", detected: "ndjson" });
    const jsonAsCsv = await validateText(JSON.stringify(two), { format: "csv", recordType: "victim" });
    expect(found(jsonAsCsv)).toEqual([["not_declared_format", "", 1]]);
    const pretty = await validateText(JSON.stringify(two, null, 2), { format: "ndjson" });
    expect(found(pretty)).toEqual([["not_declared_format", "", 1]]);
    const binary = await validateText(
      Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x0a, 0xff, 0, 0x0a, 1, 2, 0x0a]),
      {
        format: "ndjson",
      },
    );
    expect(found(binary)).toEqual([["not_declared_format", "", 1]]);
    const utf16 = Buffer.from(`\ufeff${ndjson(two)}`, "utf16le");
    const declared = await validateText(utf16, { format: "ndjson", encoding: "utf-8" });
    expect(declared.issues.map((issue) => [issue.code, issue.params.detected])).toEqual([
      ["not_declared_format", "utf-16"],
    ]);
    // Without a declared encoding, its byte order mark says how to read it (see encoding.test.ts).
    expect(counts(await validateText(utf16, { format: "ndjson" }))).toEqual([2, 2, 0, 0]);
  });

  it("a few broken lines in a good NDJSON file are each reported", async () => {
    const text = `${JSON.stringify(two[0])}\nnot json\n{"oops"\n${JSON.stringify(two[1])}\n`;
    const summary = await validateText(text, { format: "ndjson" });
    expect(found(summary)).toEqual([
      ["invalid_json", "", 2],
      ["invalid_json", "", 3],
    ]);
  });

  it("CSV with reordered columns is fine; missing and extra columns are reported once, at the header", async () => {
    const reordered = await validateText(`sex,id,recordType\nfemale,${uuid(1)},victim\n`, { format: "csv" });
    expect(found(reordered)).toEqual([]);
    const missing = await validateText(`recordType,sex\nvictim,female\nvictim,male\n`, { format: "csv" });
    expect(missing.issues.map((issue) => [issue.code, issue.line, issue.column, issue.path])).toEqual([
      ["csv_missing_column", 1, undefined, "/id"],
      ["required", 2, undefined, "/id"],
      ["required", 3, undefined, "/id"],
    ]);
    const extra = await validateText(
      `recordType,id,sexe,sex\nvictim,${uuid(1)},f,female\nvictim,${uuid(2)},m,male\n`,
      {
        format: "csv",
      },
    );
    expect(extra.issues.map((issue) => [issue.code, issue.line, issue.column, issue.params.column])).toEqual([
      ["csv_extra_column", 1, 3, 3],
    ]);
    expect(counts(extra)).toEqual([2, 2, 0, 0]);
  });

  it("CSV rows with too many or too few cells, and a header without recordType", async () => {
    const rows = await validateText(`recordType,id,sex\nvictim,${uuid(1)}\nvictim,${uuid(2)},male,extra\n`, {
      format: "csv",
    });
    expect(rows.issues.map((issue) => [issue.code, issue.line, issue.params])).toEqual([
      ["csv_row_length", 2, { count: 2, expected: 3 }],
      ["csv_row_length", 3, { count: 4, expected: 3 }],
    ]);
    const untyped = await validateText(`id,sex\n${uuid(1)},female\n`, { format: "csv" });
    expect(found(untyped)).toEqual([["csv_missing_column", "", 1]]);
    expect(counts(untyped)).toEqual([1, 0, 0, 1]);
  });
});
