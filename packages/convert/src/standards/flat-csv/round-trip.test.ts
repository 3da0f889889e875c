import { EXAMPLES, type TipRecord } from "@tip/schema";
import { generateRecords } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import { FLAT_CSV_ENTITIES } from "./flat-csv-entity.js";
import { readFlatCsv } from "./read-flat-csv.js";
import { writeFlatCsv } from "./write-flat-csv.js";

const generated: TipRecord[] = [
  ...generateRecords({ seed: 11, count: 2000, protection: true, prosecution: true }),
  // The generator makes case-level, protection, prosecution and prevention records; aggregate figures come
  // from their example, one value withheld.
  EXAMPLES.aggregate,
  {
    ...EXAMPLES.aggregate,
    id: "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3",
    value: undefined,
    suppressed: { below: 5 },
  },
].map((record) => JSON.parse(JSON.stringify(record)));

describe("flat CSV round trip keeps every field", () => {
  for (const entity of FLAT_CSV_ENTITIES) {
    it(`of ${entity} records`, () => {
      const records = generated.filter((record) => record.recordType === entity);
      expect(records.length).toBeGreaterThan(0);
      const written = writeFlatCsv(records, { entity });
      const read = readFlatCsv(written.text, { entity });
      expect(read.records).toEqual(records);
      expect(read.report.rows).toEqual({
        total: records.length,
        converted: records.length,
        invalid: 0,
        skipped: 0,
      });
      expect(read.report.invalidValues).toEqual([]);
      expect(written.report.rows.total).toBe(records.length);
    });
  }

  it("keeps extension values of every JSON type, and text that looks like JSON", () => {
    const victim = generated.find((record) => record.recordType === "victim") as TipRecord;
    const record = {
      ...victim,
      extensions: {
        lc: { n: 3, t: "123", e: "", b: true, o: { a: [1, "x"] }, s: "plain text", q: '"quoted"' },
      },
    } as TipRecord;
    const read = readFlatCsv(writeFlatCsv([record]).text);
    expect(read.records).toEqual([record]);
  });
});
