import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConvertInputError } from "../../io/convert-input-error.js";
import { reconciles } from "../../report/report-builder.js";
import { expectFile, expectJsonFile, fixtureCases, readText } from "../../testing/fixtures.js";
import { readCtdc } from "./read-ctdc.js";
import { writeCtdc2024 } from "./write-ctdc-2024.js";

describe("CTDC fixtures", () => {
  for (const fixture of fixtureCases(import.meta.url)) {
    const csv = fixture.file("input.csv");
    const ndjson = fixture.file("input.ndjson");
    if (csv) {
      it(`reads ${fixture.name}`, () => {
        let actual: unknown;
        try {
          const { records, report } = readCtdc(readText(csv), { idSeed: fixture.name });
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
      it(`writes ${fixture.name} in the 2024 shape`, () => {
        const records = readText(ndjson)
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line));
        const { text, report } = writeCtdc2024(records);
        expectFile(text, join(fixture.dir, "expected.csv"));
        expectJsonFile(report, join(fixture.dir, "expected.report.json"));
      });
    }
  }
});
