import { Readable } from "node:stream";
import type { TipRecord } from "@tip/schema";
import { afterEach, describe, expect, it } from "vitest";
import type { ConversionReport } from "../../report/conversion-report.js";
import { allKeys, deepJson, expectPrototypeUntouched, PROTOTYPE_KEYS } from "../../testing/hostile.js";
import { readFlatCsv, readFlatCsvStream } from "./read-flat-csv.js";
import { writeFlatCsv } from "./write-flat-csv.js";

/** Reads a text in memory and as a stream in 3-byte chunks; both must agree. */
async function read(text: string): Promise<{ records: readonly TipRecord[]; report: ConversionReport }> {
  const whole = readFlatCsv(text);
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) =>
    bytes.subarray(i * 3, i * 3 + 3),
  );
  const stream = readFlatCsvStream(Readable.from(chunks));
  const records: TipRecord[] = [];
  for await (const record of stream) records.push(record);
  expect(records).toEqual(whole.records);
  expect(stream.report()).toEqual(whole.report);
  return whole;
}

const UUID = (n: number) => `4a0b3f52-6b8e-4f0a-9a4e-${String(n).padStart(12, "0")}`;

afterEach(() => {
  expectPrototypeUntouched();
});

describe("flat CSV reader, hostile input", () => {
  it("never lets __proto__, constructor or prototype in a header reach a prototype, at any depth", async () => {
    const paths: string[] = [];
    for (const key of PROTOTYPE_KEYS) {
      paths.push(
        key,
        `${key}.sex`,
        `extensions.${key}.sex`,
        `extensions.lc.${key}`,
        `extensions.lc.${key}.sex`,
        `identification.${key}.status`,
        `events.0.${key}`,
        `exploitation.${key}.forms`,
      );
    }
    const header = ["id", "sex", ...paths].join(",");
    const row = (n: number, sex: string) =>
      [UUID(n), sex, ...paths.map(() => '"{""sex"":""female""}"')].join(",");
    const { records, report } = await read(`${header}\n${row(1, "male")}\n${row(2, "")}\n`);
    expect(records.map((record) => (record as { sex?: string }).sex)).toEqual(["male", undefined]);
    for (const record of records) {
      expect(allKeys(record).filter((key) => (PROTOTYPE_KEYS as readonly string[]).includes(key))).toEqual(
        [],
      );
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    }
    // Each refused cell is a located entry: row and column number, never the header.
    const refused = report.invalidValues.filter((value) => value.code === "forbidden_key");
    expect(refused).toHaveLength(paths.length * 2);
    expect(refused[0]).toEqual({ row: 1, column: "column 3", code: "forbidden_key" });
    expect(report.fields.map((field) => field.field).filter((name) => name.includes("proto"))).toEqual([]);
    expect(report.rows).toEqual({ total: 2, converted: 2, invalid: 0, skipped: 0 });
  });

  it("refuses JSON and extension cells that carry a __proto__ key, keeping them as text", async () => {
    const cell = '"{""__proto__"":{""sex"":""female""},""constructor"":{""prototype"":{""x"":1}}}"';
    const { records, report } = await read(`id,extensions.lc.note\n${UUID(1)},${cell}\n`);
    expectPrototypeUntouched();
    const record = records[0] as { extensions?: Record<string, Record<string, unknown>> };
    expect(record.extensions?.lc).toBe(undefined);
    expect(record.extensions?.csv?.["extensions.lc.note"]).toBe(
      '{"__proto__":{"sex":"female"},"constructor":{"prototype":{"x":1}}}',
    );
    expect(report.invalidValues).toEqual([{ row: 1, column: "column 2", code: "forbidden_key" }]);
  });

  it("takes a row of empty cells (Excel's trailing ,,,,) for a blank line, never for a victim", async () => {
    const { records, report } = await read(`id,sex,ageAtIdentification\n${UUID(1)},male,30\n,,\n , ,\n,,\n`);
    expect(records).toHaveLength(1);
    expect(report.rows).toEqual({ total: 1, converted: 1, invalid: 0, skipped: 0 });
  });

  for (const [name, ending] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ] as const) {
    it(`counts every one of 100 rows in a ${name} file with one bad row of each kind`, async () => {
      for (const bad of ["x,male,1,2", `"${UUID(99)}"x,male`, `${UUID(99)},"male`, UUID(99)]) {
        const lines = ["id,sex"];
        for (let n = 1; n <= 100; n++) lines.push(n === 11 ? bad : `${UUID(n)},male`);
        const { records, report } = await read(lines.join(ending) + ending);
        expect(records).toHaveLength(99);
        expect(report.rows).toEqual({ total: 100, converted: 99, invalid: 0, skipped: 1 });
        expect(report.skipped[0]?.row).toBe(11);
        expect(new Set(records.map((record) => record.id)).size).toBe(99);
        expect(records.map((record) => record.id)).not.toContain(UUID(11));
      }
    });
  }

  it("keeps all 3 rows of a file whose lines end in LF, CRLF and CR", async () => {
    const { records } = await read(`id,sex\r\n${UUID(1)},male\n${UUID(2)},female\r${UUID(3)},male\r\n`);
    expect(records.map((record) => record.id)).toEqual([UUID(1), UUID(2), UUID(3)]);
  });

  it("reads a stray quote in an unquoted cell as text: no failure, the rest converted", async () => {
    const { records, report } = await read(`id,sex,givenName\n${UUID(1)},ma"le,Jo"e\n${UUID(2)},male,Ann\n`);
    expect(records).toHaveLength(2);
    expect((records[0] as { givenName?: string }).givenName).toBe('Jo"e');
    expect(report.invalidValues).toEqual([{ row: 1, column: "sex", code: "unknown_code", expected: "sex" }]);
    expect(JSON.stringify(report)).not.toContain('ma\\"le');
  });

  it("skips a row whose quoted cell is malformed, with its line and a code, never its value", async () => {
    const { records, report } = await read(`id,givenName\n${UUID(1)},"SECRET"x\n${UUID(2)},Ann\n`);
    expect(records.map((record) => record.id)).toEqual([UUID(2)]);
    expect(report.skipped).toEqual([{ row: 1, reason: "csv_text_after_quote", line: 2 }]);
    expect(JSON.stringify(report)).not.toContain("SECRET");
  });

  it("keeps a 10,000-deep extension as text and reports it: one row, the others converted", async () => {
    const deep = `"${deepJson(10_000).replaceAll('"', '""')}"`;
    const { records, report } = await read(`id,extensions.lc.x\n${UUID(1)},${deep}\n${UUID(2)},1\n`);
    expect(records).toHaveLength(2);
    expect(report.invalidValues).toEqual([{ row: 1, column: "column 2", code: "nesting_too_deep" }]);
    expect(() => JSON.stringify(records)).not.toThrow();
    expect((records[1] as { extensions?: { lc?: { x?: unknown } } }).extensions?.lc?.x).toBe(1);
  });

  it("names unknown columns and extension keys by number in the report, never by header", async () => {
    const { report } = await read(`id,SECRET_HEADER,extensions.SECRET_NS.SECRET_KEY\n${UUID(1)},a,b\n`);
    expect(JSON.stringify(report)).not.toContain("SECRET");
    expect(report.fields.map((field) => field.field)).toEqual(["id", "column 2", "column 3"]);
  });

  it("never reads a value without a header: the row is invalid, or skipped when it holds nothing else", async () => {
    const text = `recordType,id,,sex,\nvictim,${UUID(1)},secret-a,female,\nvictim,${UUID(2)},,male,\n,,,,secret-b\nvictim,${UUID(3)},,male,,secret-c\n`;
    const { records, report } = await read(text);
    expect(report.rows).toEqual({ total: 4, converted: 1, invalid: 1, skipped: 2 });
    expect(records.map((record) => record.id)).toEqual([UUID(1), UUID(2)]);
    expect(records[0]).not.toHaveProperty("extensions");
    expect(report.invalidValues).toEqual([
      { row: 1, column: "column 3", code: "value_without_header" },
      { row: 3, column: "column 5", code: "value_without_header" },
      { row: 4, column: "column 6", code: "value_without_header" },
    ]);
    expect(report.skipped).toEqual([
      { row: 3, reason: "value_without_header" },
      { row: 4, reason: "value_without_header" },
    ]);
    expect(JSON.stringify({ records, report })).not.toContain("secret");
  });

  it("names a repeated column by number in its error", () => {
    expect(() => readFlatCsv("id,SECRET,SECRET\n1,2,3\n")).toThrow(/column 3/);
    try {
      readFlatCsv("id,SECRET,SECRET\n1,2,3\n");
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("SECRET");
    }
  });

  it("writes extension keys into the CSV but names their columns by number in the report", () => {
    const record = { recordType: "victim", id: UUID(1), extensions: { SECRET_NS: { SECRET_KEY: "v" } } };
    const { text, report } = writeFlatCsv([record as unknown as TipRecord]);
    const header = (text.split("\n")[0] as string).split(",");
    expect(header.at(-1)).toBe("extensions.SECRET_NS.SECRET_KEY");
    expect(JSON.stringify(report)).not.toContain("SECRET");
    expect(report.fields.at(-1)?.field).toBe(`column ${header.length}`);
  });
});
