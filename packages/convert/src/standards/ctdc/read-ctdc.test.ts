import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { readCtdc, readCtdcStream } from "./read-ctdc.js";
import { writeCtdc2024 } from "./write-ctdc-2024.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}/input.csv`, import.meta.url), "utf8");

describe("readCtdc", () => {
  it("reads NA as Namibia, never as missing, in memory and as a stream", async () => {
    const text = "citizenship,CountryOfExploitation\nNA,NAM\n";
    expect(readCtdc(text).records[0]?.citizenships).toEqual(["NA"]);
    const streamed = [];
    for await (const victim of readCtdcStream(Readable.from([text]))) streamed.push(victim);
    expect(streamed[0]?.citizenships).toEqual(["NA"]);
    expect(streamed[0]?.exploitation?.countriesOfExploitation).toEqual(["NA"]);
  });

  it("treats -99 (text or number) and empty cells as missing, and 00 as the unknown country XX", () => {
    const { records } = readCtdc(
      "citizenship,ageBroad,yearOfRegistration,isAbduction\n00,-99,-99.0,\n-99,,2019,-99\n",
    );
    expect(records[0]).not.toHaveProperty("ageBand");
    expect(records[0]?.citizenships).toEqual(["XX"]);
    expect(records[1]).not.toHaveProperty("citizenships");
    expect(records[1]?.yearOfRegistration).toBe(2019);
    expect(records[1]).not.toHaveProperty("exploitation");
  });

  it("reads age bands with a double hyphen, an en dash or spaces", () => {
    const { records } = readCtdc("ageBroad\n0--8\n9–17\n30 - 38\n48+\n");
    expect(records.map((victim) => victim.ageBand)).toEqual(["0-8", "9-17", "30-38", "48+"]);
  });

  it("matches column names cut to 32 characters by prefix", () => {
    const { records, report } = readCtdc(
      "meansOfControlPsychoactiveSubsta,meansOfControlRestrictsFinancial\n1,0\n",
    );
    expect(records[0]?.exploitation?.meansOfControl).toEqual(["psychoactive_substances"]);
    expect(report.fields.map((field) => field.canonical)).toEqual([
      ["exploitation.meansOfControl"],
      ["exploitation.meansOfControl"],
    ]);
  });

  it("gives deterministic ids from the seed and the row", () => {
    const first = readCtdc(fixture("synthetic-2024"), { idSeed: "a" }).records.map((victim) => victim.id);
    expect(readCtdc(fixture("synthetic-2024"), { idSeed: "a" }).records.map((victim) => victim.id)).toEqual(
      first,
    );
    expect(readCtdc(fixture("synthetic-2024"), { idSeed: "b" }).records[0]?.id).not.toBe(first[0]);
    expect(new Set(first).size).toBe(first.length);
  });

  it("skips ragged rows and says so, keeping the counts reconciled", () => {
    const { records, report } = readCtdc("gender,ageBroad\nWoman,0--8\nMan\nMan,9--17,extra\n");
    expect(records).toHaveLength(1);
    expect(report.rows).toEqual({ total: 3, converted: 1, invalid: 0, skipped: 2 });
    expect(report.skipped).toEqual([
      { row: 2, reason: "csv_row_length" },
      { row: 3, reason: "value_without_header" },
    ]);
    expect(report.invalidValues).toEqual([{ row: 3, column: "column 3", code: "value_without_header" }]);
  });

  it("never reads a value under an empty header cell: its row is invalid, or skipped when it holds nothing else", () => {
    const { records, report } = readCtdc(
      "gender,,ageBroad,\nWoman,secret-a,0--8,\n,,,secret-b\nMan,,9--17,\n",
    );
    expect(report.rows).toEqual({ total: 3, converted: 1, invalid: 1, skipped: 1 });
    expect(records).toHaveLength(2);
    expect(records[0]).not.toHaveProperty("extensions");
    expect(report.invalidValues).toEqual([
      { row: 1, column: "column 2", code: "value_without_header" },
      { row: 2, column: "column 4", code: "value_without_header" },
    ]);
    expect(report.skipped).toEqual([{ row: 2, reason: "value_without_header" }]);
    expect(JSON.stringify({ records, report })).not.toContain("secret");
  });

  it("rejects an input without a header row or without any row", () => {
    expect(() => readCtdc(fixture("missing-header-row"))).toThrow(ConvertInputError);
    expect(() => readCtdc("")).toThrowError(expect.objectContaining({ code: "empty_input" }));
  });

  it("never puts a source value in the report", () => {
    const secret = "ZQXJ-secret";
    const { report } = readCtdc(`gender,citizenship,${"x".repeat(3)}\n${secret},${secret},${secret}\n`);
    expect(JSON.stringify(report)).not.toContain(secret);
  });

  it("reads back the 2024 shape it writes, to the same file", () => {
    const input = fixture("synthetic-2024");
    expect(writeCtdc2024(readCtdc(input).records).text).toBe(input);
  });
});
