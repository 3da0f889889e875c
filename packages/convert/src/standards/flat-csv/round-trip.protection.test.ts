import { EXAMPLES, type TipRecord } from "@tip/schema";
import { generateRecords } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import type { FlatCsvEntity } from "./flat-csv-entity.js";
import { readFlatCsv } from "./read-flat-csv.js";
import { writeFlatCsv } from "./write-flat-csv.js";

const ENTITIES: readonly FlatCsvEntity[] = [
  "helplineContact",
  "screening",
  "protectionMeasure",
  "sgbvIncident",
];

/** Free text a CSV writer must quote: separators, quotes, line breaks, a leading sign, non-Latin script. */
const AWKWARD = 'Línea "uno"; dos, tres\nsegunda línea\r\n=SUM(A1) +1 — 你好';

const generated: TipRecord[] = [
  ...generateRecords({ seed: 12, count: 600, protection: true }),
  { ...EXAMPLES.helplineContact, contactor: "third_party", callerName: AWKWARD, summary: AWKWARD },
  { ...EXAMPLES.screening, toolName: AWKWARD, notes: AWKWARD },
  { ...EXAMPLES.protectionMeasure, notes: AWKWARD },
  { ...EXAMPLES.sgbvIncident, place: AWKWARD, notes: AWKWARD },
]
  .filter((record) => (ENTITIES as readonly string[]).includes(record.recordType))
  .map((record) => JSON.parse(JSON.stringify(record)));

describe("flat CSV round trip of helpline, screening, protection and SGBV records", () => {
  for (const entity of ENTITIES) {
    it(`keeps every field of ${entity} records`, () => {
      const records = generated.filter((record) => record.recordType === entity);
      expect(records.length).toBeGreaterThan(1);
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
    });
  }

  it("keeps the detail of every kind of protection measure", () => {
    const kinds = new Set(
      generated.filter((record) => record.recordType === "protectionMeasure").map((record) => record.kind),
    );
    expect([...kinds].sort()).toEqual([
      "compensation",
      "non_punishment",
      "reflection_period",
      "residence_permit",
      "restitution",
      "return_reintegration",
    ]);
  });
});
