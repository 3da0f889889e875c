import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { reconciles } from "../../report/report-builder.js";
import { expectFile, expectJsonFile, fixtureCases, readText } from "../../testing/fixtures.js";
import { readFlatCsv } from "./read-flat-csv.js";
import { writeFlatCsv } from "./write-flat-csv.js";

describe("flat CSV fixtures", () => {
  for (const fixture of fixtureCases(import.meta.url)) {
    const csv = fixture.file("input.csv");
    const ndjson = fixture.file("input.ndjson");
    if (csv) {
      it(`reads ${fixture.name}`, () => {
        let actual: unknown;
        try {
          const { records, report } = readFlatCsv(readText(csv), { idSeed: fixture.name });
          expect(reconciles(report.rows)).toBe(true);
          expect(report.rows.total).toBe(readText(csv).trim().split("\n").length - 1);
          actual = { records, report };
        } catch (error) {
          if (!(error instanceof ConvertInputError)) throw error;
          actual = { error: { code: error.code, row: error.row, message: error.message } };
        }
        expectJsonFile(actual, join(fixture.dir, "expected.json"));
      });
    }
    if (ndjson) {
      it(`writes ${fixture.name} and reads it back to the same records`, () => {
        const records = readText(ndjson)
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line));
        const { text } = writeFlatCsv(records);
        expectFile(text, join(fixture.dir, "expected.csv"));
        expect(readFlatCsv(text, { entity: records[0].recordType }).records).toEqual(records);
      });
    }
  }
});
