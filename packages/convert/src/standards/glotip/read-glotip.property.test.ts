import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { expectPrototypeUntouched } from "../../testing/hostile.js";
import { attemptRead, drain, expectSoundReport, hostileText } from "../../testing/reader-properties.js";
import { GLOTIP_COLUMNS } from "./glotip-columns.js";
import { readGlotipStream } from "./read-glotip.js";

afterEach(() => {
  expectPrototypeUntouched();
});

const REQUIRED = ["Indicator", "Year", "txtVALUE"];

/** A GLOTIP header: its required columns, some others, hostile names, in any order. */
const header = fc
  .tuple(
    fc.shuffledSubarray(
      GLOTIP_COLUMNS.filter((name) => !REQUIRED.includes(name)),
      { maxLength: 5 },
    ),
    fc.array(hostileText, { maxLength: 3 }),
  )
  .chain(([names, extra]) => {
    const all = [...REQUIRED, ...names, ...extra];
    return fc.shuffledSubarray(all, { minLength: all.length });
  });

/** A cell: hostile text, or a value the export has. */
const cell = fc.oneof(
  hostileText,
  fc.constantFrom("COL", "Colombia", "Persons convicted", "Total", "Female", "2021", "Counts", "<5", "1,757"),
  fc.constant(""),
);

/** Reads a source to its end; checks what every read keeps; `undefined` on the input error. */
async function check(source: string | Uint8Array) {
  const read = await attemptRead(() => drain(readGlotipStream(source)));
  if (read === undefined) return undefined;
  expectSoundReport(read.report);
  const { converted, invalid } = read.report.rows;
  expect(read.records).toHaveLength(converted + invalid);
  return read;
}

describe("GLOTIP reader on arbitrary input", () => {
  it("reads arbitrary bytes or refuses them with the input error only", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await check(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it("counts every row after the header once, whatever its width or cells, and echoes none", async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        async (head, rows, end) => {
          const text = stringify([head, ...rows], { quoted: true, record_delimiter: end });
          const read = await check(text);
          if (read === undefined) return;
          // Independently: a row of empty cells is a blank line, not a row.
          const expected = rows.filter((cells) => cells.some((value) => value.trim() !== "")).length;
          expect(read.report.rows.total).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
