import { Readable } from "node:stream";
import type { Victim } from "@tip/schema";
import { afterEach, describe, expect, it } from "vitest";
import type { ConversionReport } from "../../report/conversion-report.js";
import { allKeys, expectPrototypeUntouched, PROTOTYPE_KEYS } from "../../testing/hostile.js";
import { readCtdc, readCtdcStream } from "./read-ctdc.js";

/** Reads a text in memory and as a stream in 2-byte chunks; both must agree. */
async function read(text: string): Promise<{ records: readonly Victim[]; report: ConversionReport }> {
  const whole = readCtdc(text);
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 2) }, (_, i) =>
    bytes.subarray(i * 2, i * 2 + 2),
  );
  const stream = readCtdcStream(Readable.from(chunks));
  const records: Victim[] = [];
  for await (const record of stream) records.push(record);
  expect(records).toEqual(whole.records);
  expect(stream.report()).toEqual(whole.report);
  return whole;
}

afterEach(() => {
  expectPrototypeUntouched();
});

describe("CTDC reader, hostile input", () => {
  it("refuses __proto__, constructor and prototype columns by number and keeps every other value", async () => {
    const header = ["gender", ...PROTOTYPE_KEYS, "localRef"].join(",");
    const { records, report } = await read(`${header}\nMale,female,x,y,r1\nFemale,,,,\n`);
    expect(records.map((victim) => victim.sex)).toEqual(["male", "female"]);
    expect(records[0]?.extensions?.ctdc).toEqual({ localRef: "r1" });
    for (const record of records) {
      expect(allKeys(record).filter((key) => (PROTOTYPE_KEYS as readonly string[]).includes(key))).toEqual(
        [],
      );
    }
    expect(report.invalidValues).toEqual([
      { row: 1, column: "column 2", code: "forbidden_key" },
      { row: 1, column: "column 3", code: "forbidden_key" },
      { row: 1, column: "column 4", code: "forbidden_key" },
    ]);
    expect(report.fields.map((field) => field.field)).toEqual([
      "gender",
      "column 2",
      "column 3",
      "column 4",
      "column 5",
    ]);
  });

  it("takes a row of empty cells for a blank line, never for a victim with an invented id", async () => {
    const { records, report } = await read("gender,ageBroad,citizenship\nMale,18--20,BRA\n,,\n,,\r\n,,");
    expect(records).toHaveLength(1);
    expect(report.rows.total).toBe(1);
  });

  for (const ending of ["\n", "\r\n", "\r"]) {
    it(`counts 100 rows with a bad one in a file with ${JSON.stringify(ending)} line endings`, async () => {
      for (const bad of ["Male,1,2", '"Male"x,BRA', 'Male,"BRA', "Male"]) {
        const lines = ["gender,citizenship"];
        for (let n = 1; n <= 100; n++) lines.push(n === 50 ? bad : "Female,BRA");
        const { records, report } = await read(lines.join(ending) + ending);
        expect(records).toHaveLength(99);
        expect(report.rows).toEqual({ total: 100, converted: 99, invalid: 0, skipped: 1 });
        expect(report.skipped[0]?.row).toBe(50);
      }
    });
  }

  it("reads a stray quote in an unquoted cell: one invalid value, located, the rest converted", async () => {
    const { records, report } = await read('gender,ageBroad\nMale,ab"c\nFemale,18--20\n');
    expect(records).toHaveLength(2);
    expect(report.invalidValues).toEqual([
      { row: 1, column: "ageBroad", code: "unknown_code", expected: "age_band" },
    ]);
    expect(JSON.stringify(report)).not.toContain("ab");
  });

  it("names unknown columns by number and truncated ones by their CTDC name, never the header as written", async () => {
    const { report } = await read("SECRET_COLUMN,MEANSOFCONTROLPSYCHOACTIVESUBSTA\nx,1\n");
    expect(JSON.stringify(report)).not.toContain("SECRET");
    expect(report.fields.map((field) => field.field)).toEqual([
      "column 1",
      "meansOfControlPsychoactiveSubstances",
    ]);
  });
});
