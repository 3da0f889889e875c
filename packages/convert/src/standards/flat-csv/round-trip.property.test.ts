import { EXAMPLES, type TipRecord } from "@tip/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFlatCsv } from "./read-flat-csv.js";
import { writeFlatCsv } from "./write-flat-csv.js";

// Any text, including formula starters, separators, quotes, line breaks, backslashes and `[]`.
const text = fc.oneof(
  fc.string({ minLength: 1, unit: "binary" }),
  fc.constantFrom(
    "=1+1",
    "+1",
    "-x",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "'=x",
    "''-1",
    "a;b",
    "a\\;b",
    "[]",
    "\\",
    '"',
    "-5",
    "NA",
  ),
);

describe("flat CSV round trip (property)", () => {
  it("keeps any text in text fields, list items and extensions", () => {
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 4 }), text, (given, family, ids, note) => {
        const record = {
          ...EXAMPLES.victim,
          givenName: given,
          familyName: family,
          externalIds: ids.map((value) => ({ system: "s", value })),
          caseIds: ids,
          extensions: { lc: { note } },
        } as unknown as TipRecord;
        const read = readFlatCsv(writeFlatCsv([record]).text);
        expect(read.records).toEqual([record]);
      }),
      { numRuns: 500 },
    );
  });
});
